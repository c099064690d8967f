const P=globalThis,F=P.ShadowRoot&&(P.ShadyCSS===void 0||P.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,z=Symbol(),q=new WeakMap;let ot=class{constructor(t,e,i){if(this._$cssResult$=!0,i!==z)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(F&&t===void 0){const i=e!==void 0&&e.length===1;i&&(t=q.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),i&&q.set(e,t))}return t}toString(){return this.cssText}};const mt=r=>new ot(typeof r=="string"?r:r+"",void 0,z),$t=(r,...t)=>{const e=r.length===1?r[0]:t.reduce((i,s,n)=>i+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+r[n+1],r[0]);return new ot(e,r,z)},bt=(r,t)=>{if(F)r.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const e of t){const i=document.createElement("style"),s=P.litNonce;s!==void 0&&i.setAttribute("nonce",s),i.textContent=e.cssText,r.appendChild(i)}},V=F?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(const i of t.cssRules)e+=i.cssText;return mt(e)})(r):r;const{is:gt,defineProperty:_t,getOwnPropertyDescriptor:yt,getOwnPropertyNames:vt,getOwnPropertySymbols:At,getPrototypeOf:wt}=Object,D=globalThis,K=D.trustedTypes,xt=K?K.emptyScript:"",St=D.reactiveElementPolyfillSupport,E=(r,t)=>r,j={toAttribute(r,t){switch(t){case Boolean:r=r?xt:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},B=(r,t)=>!gt(r,t),Y={attribute:!0,type:String,converter:j,reflect:!1,useDefault:!1,hasChanged:B};Symbol.metadata??=Symbol("metadata"),D.litPropertyMetadata??=new WeakMap;let A=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=Y){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const i=Symbol(),s=this.getPropertyDescriptor(t,i,e);s!==void 0&&_t(this.prototype,t,s)}}static getPropertyDescriptor(t,e,i){const{get:s,set:n}=yt(this.prototype,t)??{get(){return this[e]},set(o){this[e]=o}};return{get:s,set(o){const c=s?.call(this);n?.call(this,o),this.requestUpdate(t,c,i)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??Y}static _$Ei(){if(this.hasOwnProperty(E("elementProperties")))return;const t=wt(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(E("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(E("properties"))){const e=this.properties,i=[...vt(e),...At(e)];for(const s of i)this.createProperty(s,e[s])}const t=this[Symbol.metadata];if(t!==null){const e=litPropertyMetadata.get(t);if(e!==void 0)for(const[i,s]of e)this.elementProperties.set(i,s)}this._$Eh=new Map;for(const[e,i]of this.elementProperties){const s=this._$Eu(e,i);s!==void 0&&this._$Eh.set(s,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const i=new Set(t.flat(1/0).reverse());for(const s of i)e.unshift(V(s))}else t!==void 0&&e.push(V(t));return e}static _$Eu(t,e){const i=e.attribute;return i===!1?void 0:typeof i=="string"?i:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const i of e.keys())this.hasOwnProperty(i)&&(t.set(i,this[i]),delete this[i]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return bt(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,i){this._$AK(t,i)}_$ET(t,e){const i=this.constructor.elementProperties.get(t),s=this.constructor._$Eu(t,i);if(s!==void 0&&i.reflect===!0){const n=(i.converter?.toAttribute!==void 0?i.converter:j).toAttribute(e,i.type);this._$Em=t,n==null?this.removeAttribute(s):this.setAttribute(s,n),this._$Em=null}}_$AK(t,e){const i=this.constructor,s=i._$Eh.get(t);if(s!==void 0&&this._$Em!==s){const n=i.getPropertyOptions(s),o=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:j;this._$Em=s;const c=o.fromAttribute(e,n.type);this[s]=c??this._$Ej?.get(s)??c,this._$Em=null}}requestUpdate(t,e,i,s=!1,n){if(t!==void 0){const o=this.constructor;if(s===!1&&(n=this[t]),i??=o.getPropertyOptions(t),!((i.hasChanged??B)(n,e)||i.useDefault&&i.reflect&&n===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,i))))return;this.C(t,e,i)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:i,reflect:s,wrapped:n},o){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),n!==!0||o!==void 0)||(this._$AL.has(t)||(this.hasUpdated||i||(e=void 0),this._$AL.set(t,e)),s===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[s,n]of this._$Ep)this[s]=n;this._$Ep=void 0}const i=this.constructor.elementProperties;if(i.size>0)for(const[s,n]of i){const{wrapped:o}=n,c=this[s];o!==!0||this._$AL.has(s)||c===void 0||this.C(s,void 0,n,c)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(i=>i.hostUpdate?.()),this.update(e)):this._$EM()}catch(i){throw t=!1,this._$EM(),i}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};A.elementStyles=[],A.shadowRootOptions={mode:"open"},A[E("elementProperties")]=new Map,A[E("finalized")]=new Map,St?.({ReactiveElement:A}),(D.reactiveElementVersions??=[]).push("2.1.2");const W=globalThis,X=r=>r,M=W.trustedTypes,G=M?M.createPolicy("lit-html",{createHTML:r=>r}):void 0,at="$lit$",b=`lit$${Math.random().toFixed(9).slice(2)}$`,ct="?"+b,Et=`<${ct}>`,y=document,C=()=>y.createComment(""),T=r=>r===null||typeof r!="object"&&typeof r!="function",J=Array.isArray,Ct=r=>J(r)||typeof r?.[Symbol.iterator]=="function",H=`[ 	
\f\r]`,S=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Q=/-->/g,tt=/>/g,g=RegExp(`>|${H}(?:([^\\s"'>=/]+)(${H}*=${H}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),et=/'/g,rt=/"/g,lt=/^(?:script|style|textarea|title)$/i,Tt=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),ht=Tt(1),v=Symbol.for("lit-noChange"),u=Symbol.for("lit-nothing"),it=new WeakMap,_=y.createTreeWalker(y,129);function dt(r,t){if(!J(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return G!==void 0?G.createHTML(t):t}const Ut=(r,t)=>{const e=r.length-1,i=[];let s,n=t===2?"<svg>":t===3?"<math>":"",o=S;for(let c=0;c<e;c++){const a=r[c];let d,h,l=-1,p=0;for(;p<a.length&&(o.lastIndex=p,h=o.exec(a),h!==null);)p=o.lastIndex,o===S?h[1]==="!--"?o=Q:h[1]!==void 0?o=tt:h[2]!==void 0?(lt.test(h[2])&&(s=RegExp("</"+h[2],"g")),o=g):h[3]!==void 0&&(o=g):o===g?h[0]===">"?(o=s??S,l=-1):h[1]===void 0?l=-2:(l=o.lastIndex-h[2].length,d=h[1],o=h[3]===void 0?g:h[3]==='"'?rt:et):o===rt||o===et?o=g:o===Q||o===tt?o=S:(o=g,s=void 0);const $=o===g&&r[c+1].startsWith("/>")?" ":"";n+=o===S?a+Et:l>=0?(i.push(d),a.slice(0,l)+at+a.slice(l)+b+$):a+b+(l===-2?c:$)}return[dt(r,n+(r[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),i]};class U{constructor({strings:t,_$litType$:e},i){let s;this.parts=[];let n=0,o=0;const c=t.length-1,a=this.parts,[d,h]=Ut(t,e);if(this.el=U.createElement(d,i),_.currentNode=this.el.content,e===2||e===3){const l=this.el.content.firstChild;l.replaceWith(...l.childNodes)}for(;(s=_.nextNode())!==null&&a.length<c;){if(s.nodeType===1){if(s.hasAttributes())for(const l of s.getAttributeNames())if(l.endsWith(at)){const p=h[o++],$=s.getAttribute(l).split(b),k=/([.?@])?(.*)/.exec(p);a.push({type:1,index:n,name:k[2],strings:$,ctor:k[1]==="."?Nt:k[1]==="?"?Pt:k[1]==="@"?Ot:R}),s.removeAttribute(l)}else l.startsWith(b)&&(a.push({type:6,index:n}),s.removeAttribute(l));if(lt.test(s.tagName)){const l=s.textContent.split(b),p=l.length-1;if(p>0){s.textContent=M?M.emptyScript:"";for(let $=0;$<p;$++)s.append(l[$],C()),_.nextNode(),a.push({type:2,index:++n});s.append(l[p],C())}}}else if(s.nodeType===8)if(s.data===ct)a.push({type:2,index:n});else{let l=-1;for(;(l=s.data.indexOf(b,l+1))!==-1;)a.push({type:7,index:n}),l+=b.length-1}n++}}static createElement(t,e){const i=y.createElement("template");return i.innerHTML=t,i}}function w(r,t,e=r,i){if(t===v)return t;let s=i!==void 0?e._$Co?.[i]:e._$Cl;const n=T(t)?void 0:t._$litDirective$;return s?.constructor!==n&&(s?._$AO?.(!1),n===void 0?s=void 0:(s=new n(r),s._$AT(r,e,i)),i!==void 0?(e._$Co??=[])[i]=s:e._$Cl=s),s!==void 0&&(t=w(r,s._$AS(r,t.values),s,i)),t}class kt{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:i}=this._$AD,s=(t?.creationScope??y).importNode(e,!0);_.currentNode=s;let n=_.nextNode(),o=0,c=0,a=i[0];for(;a!==void 0;){if(o===a.index){let d;a.type===2?d=new x(n,n.nextSibling,this,t):a.type===1?d=new a.ctor(n,a.name,a.strings,this,t):a.type===6&&(d=new jt(n,this,t)),this._$AV.push(d),a=i[++c]}o!==a?.index&&(n=_.nextNode(),o++)}return _.currentNode=y,s}p(t){let e=0;for(const i of this._$AV)i!==void 0&&(i.strings!==void 0?(i._$AI(t,i,e),e+=i.strings.length-2):i._$AI(t[e])),e++}}class x{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,i,s){this.type=2,this._$AH=u,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=i,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=w(this,t,e),T(t)?t===u||t==null||t===""?(this._$AH!==u&&this._$AR(),this._$AH=u):t!==this._$AH&&t!==v&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Ct(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==u&&T(this._$AH)?this._$AA.nextSibling.data=t:this.T(y.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:i}=t,s=typeof i=="number"?this._$AC(t):(i.el===void 0&&(i.el=U.createElement(dt(i.h,i.h[0]),this.options)),i);if(this._$AH?._$AD===s)this._$AH.p(e);else{const n=new kt(s,this),o=n.u(this.options);n.p(e),this.T(o),this._$AH=n}}_$AC(t){let e=it.get(t.strings);return e===void 0&&it.set(t.strings,e=new U(t)),e}k(t){J(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let i,s=0;for(const n of t)s===e.length?e.push(i=new x(this.O(C()),this.O(C()),this,this.options)):i=e[s],i._$AI(n),s++;s<e.length&&(this._$AR(i&&i._$AB.nextSibling,s),e.length=s)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const i=X(t).nextSibling;X(t).remove(),t=i}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}}class R{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,i,s,n){this.type=1,this._$AH=u,this._$AN=void 0,this.element=t,this.name=e,this._$AM=s,this.options=n,i.length>2||i[0]!==""||i[1]!==""?(this._$AH=Array(i.length-1).fill(new String),this.strings=i):this._$AH=u}_$AI(t,e=this,i,s){const n=this.strings;let o=!1;if(n===void 0)t=w(this,t,e,0),o=!T(t)||t!==this._$AH&&t!==v,o&&(this._$AH=t);else{const c=t;let a,d;for(t=n[0],a=0;a<n.length-1;a++)d=w(this,c[i+a],e,a),d===v&&(d=this._$AH[a]),o||=!T(d)||d!==this._$AH[a],d===u?t=u:t!==u&&(t+=(d??"")+n[a+1]),this._$AH[a]=d}o&&!s&&this.j(t)}j(t){t===u?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class Nt extends R{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===u?void 0:t}}class Pt extends R{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==u)}}class Ot extends R{constructor(t,e,i,s,n){super(t,e,i,s,n),this.type=5}_$AI(t,e=this){if((t=w(this,t,e,0)??u)===v)return;const i=this._$AH,s=t===u&&i!==u||t.capture!==i.capture||t.once!==i.once||t.passive!==i.passive,n=t!==u&&(i===u||s);s&&this.element.removeEventListener(this.name,this,i),n&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class jt{constructor(t,e,i){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=i}get _$AU(){return this._$AM._$AU}_$AI(t){w(this,t)}}const oe={I:x},Mt=W.litHtmlPolyfillSupport;Mt?.(U,x),(W.litHtmlVersions??=[]).push("3.3.3");const Dt=(r,t,e)=>{const i=e?.renderBefore??t;let s=i._$litPart$;if(s===void 0){const n=e?.renderBefore??null;i._$litPart$=s=new x(t.insertBefore(C(),n),n,void 0,e??{})}return s._$AI(r),s};const Z=globalThis;let O=class extends A{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Dt(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return v}};O._$litElement$=!0,O.finalized=!0,Z.litElementHydrateSupport?.({LitElement:O});const Rt=Z.litElementPolyfillSupport;Rt?.({LitElement:O});(Z.litElementVersions??=[]).push("4.2.2");const Ht={attribute:!0,type:String,converter:j,reflect:!1,hasChanged:B},Lt=(r=Ht,t,e)=>{const{kind:i,metadata:s}=e;let n=globalThis.litPropertyMetadata.get(s);if(n===void 0&&globalThis.litPropertyMetadata.set(s,n=new Map),i==="setter"&&((r=Object.create(r)).wrapped=!0),n.set(e.name,r),i==="accessor"){const{name:o}=e;return{set(c){const a=t.get.call(this);t.set.call(this,c),this.requestUpdate(o,a,r,!0,c)},init(c){return c!==void 0&&this.C(o,void 0,r,c),c}}}if(i==="setter"){const{name:o}=e;return function(c){const a=this[o];t.call(this,c),this.requestUpdate(o,a,r,!0,c)}}throw Error("Unsupported decorator location: "+i)};function It(r){return(t,e)=>typeof e=="object"?Lt(r,t,e):((i,s,n)=>{const o=s.hasOwnProperty(n);return s.constructor.createProperty(n,i),o?Object.getOwnPropertyDescriptor(s,n):void 0})(r,t,e)}function ce(r){return It({...r,state:!0,attribute:!1})}const Ft={ATTRIBUTE:1,CHILD:2},zt=r=>(...t)=>({_$litDirective$:r,values:t});let Bt=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,i){this._$Ct=t,this._$AM=e,this._$Ci=i}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};const ut="important",Wt=" !"+ut,he=zt(class extends Bt{constructor(r){if(super(r),r.type!==Ft.ATTRIBUTE||r.name!=="style"||r.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(r){return Object.keys(r).reduce((t,e)=>{const i=r[e];return i==null?t:t+`${e=e.includes("-")?e:e.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${i};`},"")}update(r,[t]){const{style:e}=r.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(t)),this.render(t);for(const i of this.ft)t[i]==null&&(this.ft.delete(i),i.includes("-")?e.removeProperty(i):e[i]=null);for(const i in t){const s=t[i];if(s!=null){this.ft.add(i);const n=typeof s=="string"&&s.endsWith(Wt);i.includes("-")||n?e.setProperty(i,n?s.slice(0,-11):s,n?ut:""):e[i]=s}}return v}});function de(r){const t=r?.locale?.language||r?.language||void 0;let e=t;switch(r?.locale?.number_format){case"comma_decimal":e="en-US";break;case"decimal_comma":e="de-DE";break;case"space_comma":e="fr-FR";break;case"system":e=void 0;break}const i=r?.locale?.time_format,s=i==="12"?!0:i==="24"?!1:void 0,n=r?.locale?.time_zone==="server"&&r.config?.time_zone?r.config.time_zone:void 0;return{numberLocale:e,dateLocale:t,timeZone:n,hour12:s,currency:r?.config?.currency}}const st=new Map,nt=new Map;function pt(r,t){const e=JSON.stringify([r??null,t]);let i=st.get(e);return i||(i=new Intl.NumberFormat(r,t),st.set(e,i)),i}function L(r,t){const e=JSON.stringify([r??null,t]);let i=nt.get(e);return i||(i=new Intl.DateTimeFormat(r,t),nt.set(e,i)),i}function f(r,t,e=0){return r==null||!Number.isFinite(r)?"—":pt(t.numberLocale,{maximumFractionDigits:e,minimumFractionDigits:0}).format(r)}function Jt(r,t){return r==null||!Number.isFinite(r)?"—":`${f(r,t,1)} %`}function Zt(r,t){if(r==null||!Number.isFinite(r))return"—";if(t.currency)try{return pt(t.numberLocale,{style:"currency",currency:t.currency}).format(r)}catch{}return f(r,t,2)}function ue(r){if(r==null||!Number.isFinite(r)||r<0)return"—";const t=Math.round(r);if(t<60)return`${t} s`;const e=Math.floor(t/60);if(e<60)return`${e} min`;const i=Math.floor(e/60),s=e%60;return i<24?`${i} h ${String(s).padStart(2,"0")} min`:`${Math.floor(i/24)} d ${i%24} h`}function qt(r,t,e=1){return r>=1e3?`${f(r/1e3,t,2)} kg`:`${f(r,t,e)} g`}function Vt(r,t,e){return r!=null&&Number.isFinite(r)&&r>0?qt(r,e):t!=null&&Number.isFinite(t)&&t>0?`${f(t/1e3,e,2)} m`:"—"}function pe(r,t,e=!0,i=new Date){if(!r)return"—";const s=new Date(r);if(Number.isNaN(s.getTime()))return"—";const n=L("en",{year:"numeric",timeZone:t.timeZone}),o=n.format(s)===n.format(i);return L(t.dateLocale,{year:e||!o?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:t.hour12,timeZone:t.timeZone}).format(s)}const Kt={in_progress:"In progress",completed:"Completed",cancelled:"Cancelled",error:"Error",klippy_shutdown:"Klippy shutdown",klippy_disconnect:"Klippy disconnected",interrupted:"Interrupted",server_exit:"Server exit"};function Yt(r){return Kt[r]??r.replace(/_/g," ")}function Xt(r){return r==="completed"?"ok":r==="cancelled"?"warn":r==="in_progress"?"active":"error"}function fe(r){return ht`<span class=${`chip status-${Xt(r)}`}>${Yt(r)}</span>`}function I(r,t){if(!t)return-r.getTimezoneOffset()*6e4;const e=L("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(r),i=n=>Number(e.find(o=>o.type===n)?.value??0);return Date.UTC(i("year"),i("month")-1,i("day"),i("hour"),i("minute"),i("second"))-Math.floor(r.getTime()/1e3)*1e3}function Gt(r,t,e){const i=/^(\d{4})-(\d{2})-(\d{2})$/.exec(r.trim());if(!i)return;const s=/^(\d{2}):(\d{2})$/.exec((t??"00:00").trim());if(!s)return;const[n,o,c,a,d]=[i[1],i[2],i[3],s[1],s[2]].map(Number),h=Date.UTC(n,o-1,c,a,d),l=new Date(h);if(Number.isNaN(h)||l.getUTCMonth()!==o-1||l.getUTCDate()!==c||a>23||d>59)return;let p=h-I(new Date(h),e);return p=h-I(new Date(p),e),new Date(p).toISOString()}function Qt(r,t){return new Date(r.getTime()+I(r,t)).toISOString().slice(0,10)}function me(r){if(!r)return;const t=r.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(t)||/^#?[0-9a-fA-F]{3}$/.test(t)?t.startsWith("#")?t:`#${t}`:void 0}function $e(r){const t=new Set;for(const e of r.split(/[,;]/)){const i=e.trim();i&&t.add(i)}return[...t]}const te=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function ee(r){return r.replace(te,t=>`[U+${t.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}function be(r){return ht`<bdi class="fname" dir="auto">${ee(r)}</bdi>`}const ft=[{id:"7d",label:"Last 7 days",days:7},{id:"30d",label:"Last 30 days",days:30},{id:"90d",label:"Last 90 days",days:90},{id:"365d",label:"Last 12 months",days:365},{id:"all",label:"All time",days:0}];function ge(r){return ft.some(t=>t.id===r)}function _e(r,t,e,i){const s={};t.length&&(s.printer_ids=[...t]);const n=ft.find(o=>o.id===r);if(n&&n.days>0){const o=new Date(e.getTime()-(n.days-1)*864e5),c=Gt(Qt(o,i),"00:00",i);c&&(s.since=c)}return s}function ye(r){switch(r){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function re(r){const t=/^(\d{4})-W(\d{2})$/.exec(r);if(t){const n=Date.UTC(Number(t[1]),0,4);return(n-(new Date(n).getUTCDay()+6)%7*864e5+(Number(t[2])-1)*7*864e5)/1e3}const e=/^(\d{4})-(\d{2})$/.exec(r);if(e)return Date.UTC(Number(e[1]),Number(e[2])-1,1)/1e3;const i=/^(\d{4})-(\d{2})-(\d{2})$/.exec(r);if(i)return Date.UTC(Number(i[1]),Number(i[2])-1,Number(i[3]))/1e3;const s=Date.parse(r);return Number.isNaN(s)?Number.NaN:s/1e3}function ve(r){const t=r.map(e=>[re(e.bucket),Number(e.value)||0]).filter(([e])=>Number.isFinite(e)).sort((e,i)=>e[0]-i[0]);return[t.map(e=>e[0]),t.map(e=>e[1])]}function Ae(r,t,e){const i=new Date(r*1e3);return new Intl.DateTimeFormat(e,t==="year"?{year:"numeric",timeZone:"UTC"}:t==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(i)}function we(r,t){if(r.length<=t)return[...r];const e=Math.ceil(r.length/Math.max(t,1));return r.filter((i,s)=>s%e===0)}function xe(r){return r==="day"?86400:r==="week"?7*86400:r==="month"?30*86400:365*86400}const m=3600,Se=[{label:"<15m",min:0,max:900-.001},{label:"15–30m",min:900,max:1800-.001},{label:"30m–1h",min:1800,max:m-.001},{label:"1–2h",min:m,max:2*m-.001},{label:"2–4h",min:2*m,max:4*m-.001},{label:"4–8h",min:4*m,max:8*m-.001},{label:"8–16h",min:8*m,max:16*m-.001},{label:"≥16h",min:16*m,max:void 0}],Ee=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"];function Ce(r){const t=Array.from({length:7},()=>new Array(24).fill(0));for(const e of r){const i=e.key;typeof i!="number"||!Number.isInteger(i)||i<0||i>=168||(t[Math.floor(i/24)][i%24]=e.jobs)}return t}function Te(r){let t=0;for(const e of r)for(const i of e)i>t&&(t=i);return t}function Ue(r,t,e){const i=[...r].sort((c,a)=>(a[t]??0)-(c[t]??0));if(i.length<=e)return i;const s=i.slice(0,e-1),n=i.slice(e-1),o={key:"__other__",label:`Other (${n.length})`,jobs:n.reduce((c,a)=>c+a.jobs,0),hours:n.reduce((c,a)=>c+a.hours,0),filament_g:n.reduce((c,a)=>c+a.filament_g,0),success_rate:null};return[...s,o]}const N="print_logger";function ie(r){const t={};for(const[e,i]of Object.entries(r))i==null||i===""||Array.isArray(i)&&i.length===0||(t[e]=i);return t}function ke(r){if(r&&typeof r=="object"){const t=r.errors;if(t&&typeof t=="object")return Object.fromEntries(Object.entries(t).filter(e=>typeof e[1]=="string"))}return{}}function Ne(r){if(r&&typeof r=="object"){const t=r;if(typeof t.message=="string"&&t.message)return t.message;if(typeof t.error=="string"&&t.error)return t.error;if(typeof t.code=="string"&&t.code)return t.code}return typeof r=="string"?r:"Unknown error"}class Pe{constructor(t){this.hass=t}call(t,e={}){return this.hass.callWS({type:`${N}/${t}`,...ie(e)})}listPrinters(){return this.call("printers/list")}listJobs(t){return this.call("jobs/list",t)}async getJob(t){return(await this.call("jobs/get",{job_id:t})).job}async createJob(t){return(await this.call("jobs/create",t)).job}async updateJob(t,e){return(await this.hass.callWS({type:`${N}/jobs/update`,job_id:t,...e})).job}async deleteJobs(t){return(await this.call("jobs/delete",{job_ids:t})).deleted}limits(){return this.call("limits")}summary(t){return this.call("analytics/summary",t)}timeseries(t,e,i){return this.call("analytics/timeseries",{...t,bucket:e,metric:i})}breakdown(t,e){return this.call("analytics/breakdown",{...t,by:e})}subscribe(t){return this.hass.connection.subscribeMessage(t,{type:`${N}/subscribe`})}async thumbnail(t){const e=`/api/${N}/jobs/${encodeURIComponent(t)}/thumbnail`;let i;if(this.hass.fetchWithAuth)i=await this.hass.fetchWithAuth(e);else{const s=this.hass.auth?.data?.access_token,n=this.hass.auth?.data?.hassUrl??"";i=await fetch(n+e,{headers:s?{Authorization:`Bearer ${s}`}:{}})}if(i.status===404)return null;if(!i.ok)throw new Error(`thumbnail: HTTP ${i.status}`);return i.blob()}}class Oe{get active(){return this.pending!==void 0}start(t,e,i){this.stop(),this.pending=t.subscribe(e).catch(s=>{i?.(s)})}stop(){const t=this.pending;this.pending=void 0,t?.then(e=>e?.()).catch(()=>{})}}function je(r,t){customElements.get(r)||customElements.define(r,t)}function Me(r,t,e){r.dispatchEvent(new CustomEvent(t,{detail:e,bubbles:!0,composed:!0}))}function De(r,t){return[{id:"jobs",label:"Jobs",value:f(r.jobs,t),sub:`${f(r.completed,t)} completed · ${f(r.failed,t)} failed · ${f(r.cancelled,t)} cancelled`},{id:"success_rate",label:"Success rate",value:Jt(r.success_rate,t),sub:r.in_progress?`${f(r.in_progress,t)} printing now`:void 0},{id:"print_hours",label:"Print time",value:`${f(r.print_hours,t,1)} h`,sub:r.avg_print_hours!==null&&r.avg_print_hours!==void 0?`${f(r.avg_print_hours,t,2)} h per job`:void 0},{id:"filament",label:"Filament",value:Vt(r.filament_g,r.filament_mm,t),sub:r.filament_mm?`${f(r.filament_mm/1e3,t,1)} m`:void 0},{id:"cost",label:"Cost",value:Zt(r.cost,t)}]}function Re(r){const t=r.current_job;return t?t.estimated_time&&t.estimated_time>0?Math.max(t.estimated_time-t.print_duration,0):t.progress>.01&&t.print_duration>0?t.print_duration*(1/t.progress-1):null:null}function He(r){if(!r.online)return"Offline";const t=r.print_state||"standby";return t.charAt(0).toUpperCase()+t.slice(1).replace(/_/g," ")}function Le(r,t){if(t.type==="printer")return r.some(i=>i.id===t.printer.id)?r.map(i=>i.id===t.printer.id?t.printer:i):[...r,t.printer];if(t.type==="job_changed"){const e=t.job;return r.map(i=>i.id!==e.printer_id?i:e.status==="in_progress"?{...i,current_job:e}:i.current_job?.id===e.id?{...i,current_job:null}:i)}return r}const Ie=$t`
  :host {
    --pl-ok: var(--success-color, #43a047);
    --pl-warn: var(--warning-color, #ffa600);
    --pl-error: var(--error-color, #db4437);
    --pl-active: var(--info-color, #039be5);
    --pl-radius: var(--ha-card-border-radius, 12px);
    --pl-border: 1px solid var(--divider-color, rgba(0, 0, 0, 0.12));
    --pl-surface: var(--card-background-color, var(--ha-card-background, #fff));
    --pl-muted: var(--secondary-text-color, #727272);
    color: var(--primary-text-color, #212121);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, Roboto, sans-serif));
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input,
  select,
  textarea {
    background: var(--pl-surface);
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 6px 8px;
    min-height: 36px;
    max-width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 64px;
    width: 100%;
  }
  :focus-visible {
    outline: 2px solid var(--primary-color, #03a9f4);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 6px;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
    white-space: nowrap;
  }
  .btn.primary {
    background: var(--primary-color, #03a9f4);
    color: var(--text-primary-color, #fff);
  }
  .btn.danger {
    border-color: var(--pl-error);
    color: var(--pl-error);
  }
  .btn.danger.primary {
    background: var(--pl-error);
    color: #fff;
  }
  .btn[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  .icon-btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: none;
    background: transparent;
    color: inherit;
    cursor: pointer;
    padding: 0;
  }
  .icon-btn:hover,
  .btn:hover {
    background-color: rgba(127, 127, 127, 0.12);
  }
  .btn.primary:hover {
    filter: brightness(1.08);
    background: var(--primary-color, #03a9f4);
  }
  svg.icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
    flex: none;
  }
  .card {
    background: var(--pl-surface);
    border-radius: var(--pl-radius);
    box-shadow: var(--ha-card-box-shadow, none);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color, #e0e0e0));
  }
  .muted {
    color: var(--pl-muted);
  }
  .chip {
    display: inline-block;
    padding: 2px 8px;
    border-radius: 10px;
    font-size: 0.85em;
    line-height: 1.4;
    white-space: nowrap;
    border: 1px solid currentColor;
  }
  .status-ok {
    color: var(--pl-ok);
  }
  .status-warn {
    color: var(--pl-warn);
  }
  .status-error {
    color: var(--pl-error);
  }
  .status-active {
    color: var(--pl-active);
  }
  .tag {
    display: inline-block;
    padding: 1px 8px;
    margin: 1px 2px 1px 0;
    border-radius: 10px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.15));
    font-size: 0.85em;
  }
  .error-banner {
    padding: 10px 14px;
    border-radius: 8px;
    border: 1px solid var(--pl-error);
    color: var(--pl-error);
    display: flex;
    gap: 12px;
    align-items: center;
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  .swatch {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    vertical-align: middle;
  }
  .progress {
    height: 6px;
    border-radius: 3px;
    background: var(--secondary-background-color, rgba(127, 127, 127, 0.2));
    overflow: hidden;
  }
  .progress > div {
    height: 100%;
    background: var(--primary-color, #03a9f4);
  }
`;export{u as A,qt as B,me as C,mt as D,Ae as E,we as F,xe as G,Te as H,Se as I,Ce as J,ye as K,Oe as L,Ue as M,Yt as N,ve as O,ft as P,oe as Q,zt as R,Bt as S,Ft as T,v as U,Gt as V,Ee as W,$e as X,Zt as Y,Qt as Z,ke as _,O as a,Ie as b,$t as c,Pe as d,Ne as e,de as f,Le as g,ht as h,ge as i,He as j,be as k,ue as l,fe as m,pe as n,he as o,_e as p,Vt as q,Re as r,ee as s,De as t,It as u,ce as v,Me as w,je as x,Jt as y,f as z};
/**
 * @license
 * Copyright 2019 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2017 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
/**
 * @license
 * Copyright 2018 Google LLC
 * SPDX-License-Identifier: BSD-3-Clause
 */
