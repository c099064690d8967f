const P=globalThis,z=P.ShadowRoot&&(P.ShadyCSS===void 0||P.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,F=Symbol(),Z=new WeakMap;let ot=class{constructor(t,e,r){if(this._$cssResult$=!0,r!==F)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(z&&t===void 0){const r=e!==void 0&&e.length===1;r&&(t=Z.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),r&&Z.set(e,t))}return t}toString(){return this.cssText}};const ft=s=>new ot(typeof s=="string"?s:s+"",void 0,F),mt=(s,...t)=>{const e=s.length===1?s[0]:t.reduce((r,i,n)=>r+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+s[n+1],s[0]);return new ot(e,s,F)},$t=(s,t)=>{if(z)s.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const e of t){const r=document.createElement("style"),i=P.litNonce;i!==void 0&&r.setAttribute("nonce",i),r.textContent=e.cssText,s.appendChild(r)}},V=z?s=>s:s=>s instanceof CSSStyleSheet?(t=>{let e="";for(const r of t.cssRules)e+=r.cssText;return ft(e)})(s):s;const{is:bt,defineProperty:gt,getOwnPropertyDescriptor:yt,getOwnPropertyNames:_t,getOwnPropertySymbols:vt,getPrototypeOf:At}=Object,j=globalThis,K=j.trustedTypes,wt=K?K.emptyScript:"",xt=j.reactiveElementPolyfillSupport,S=(s,t)=>s,O={toAttribute(s,t){switch(t){case Boolean:s=s?wt:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,t){let e=s;switch(t){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},B=(s,t)=>!bt(s,t),Y={attribute:!0,type:String,converter:O,reflect:!1,useDefault:!1,hasChanged:B};Symbol.metadata??=Symbol("metadata"),j.litPropertyMetadata??=new WeakMap;let v=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=Y){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const r=Symbol(),i=this.getPropertyDescriptor(t,r,e);i!==void 0&&gt(this.prototype,t,i)}}static getPropertyDescriptor(t,e,r){const{get:i,set:n}=yt(this.prototype,t)??{get(){return this[e]},set(o){this[e]=o}};return{get:i,set(o){const c=i?.call(this);n?.call(this,o),this.requestUpdate(t,c,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??Y}static _$Ei(){if(this.hasOwnProperty(S("elementProperties")))return;const t=At(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(S("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(S("properties"))){const e=this.properties,r=[..._t(e),...vt(e)];for(const i of r)this.createProperty(i,e[i])}const t=this[Symbol.metadata];if(t!==null){const e=litPropertyMetadata.get(t);if(e!==void 0)for(const[r,i]of e)this.elementProperties.set(r,i)}this._$Eh=new Map;for(const[e,r]of this.elementProperties){const i=this._$Eu(e,r);i!==void 0&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const r=new Set(t.flat(1/0).reverse());for(const i of r)e.unshift(V(i))}else t!==void 0&&e.push(V(t));return e}static _$Eu(t,e){const r=e.attribute;return r===!1?void 0:typeof r=="string"?r:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const r of e.keys())this.hasOwnProperty(r)&&(t.set(r,this[r]),delete this[r]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return $t(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,r){this._$AK(t,r)}_$ET(t,e){const r=this.constructor.elementProperties.get(t),i=this.constructor._$Eu(t,r);if(i!==void 0&&r.reflect===!0){const n=(r.converter?.toAttribute!==void 0?r.converter:O).toAttribute(e,r.type);this._$Em=t,n==null?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(t,e){const r=this.constructor,i=r._$Eh.get(t);if(i!==void 0&&this._$Em!==i){const n=r.getPropertyOptions(i),o=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:O;this._$Em=i;const c=o.fromAttribute(e,n.type);this[i]=c??this._$Ej?.get(i)??c,this._$Em=null}}requestUpdate(t,e,r,i=!1,n){if(t!==void 0){const o=this.constructor;if(i===!1&&(n=this[t]),r??=o.getPropertyOptions(t),!((r.hasChanged??B)(n,e)||r.useDefault&&r.reflect&&n===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,r))))return;this.C(t,e,r)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:r,reflect:i,wrapped:n},o){r&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),n!==!0||o!==void 0)||(this._$AL.has(t)||(this.hasUpdated||r||(e=void 0),this._$AL.set(t,e)),i===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[i,n]of this._$Ep)this[i]=n;this._$Ep=void 0}const r=this.constructor.elementProperties;if(r.size>0)for(const[i,n]of r){const{wrapped:o}=n,c=this[i];o!==!0||this._$AL.has(i)||c===void 0||this.C(i,void 0,n,c)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(r=>r.hostUpdate?.()),this.update(e)):this._$EM()}catch(r){throw t=!1,this._$EM(),r}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};v.elementStyles=[],v.shadowRootOptions={mode:"open"},v[S("elementProperties")]=new Map,v[S("finalized")]=new Map,xt?.({ReactiveElement:v}),(j.reactiveElementVersions??=[]).push("2.1.2");const W=globalThis,G=s=>s,D=W.trustedTypes,Q=D?D.createPolicy("lit-html",{createHTML:s=>s}):void 0,at="$lit$",$=`lit$${Math.random().toFixed(9).slice(2)}$`,ct="?"+$,St=`<${ct}>`,y=document,C=()=>y.createComment(""),T=s=>s===null||typeof s!="object"&&typeof s!="function",J=Array.isArray,Et=s=>J(s)||typeof s?.[Symbol.iterator]=="function",H=`[ 	
\f\r]`,x=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,X=/-->/g,tt=/>/g,b=RegExp(`>|${H}(?:([^\\s"'>=/]+)(${H}*=${H}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),et=/'/g,rt=/"/g,lt=/^(?:script|style|textarea|title)$/i,Ct=s=>(t,...e)=>({_$litType$:s,strings:t,values:e}),Gt=Ct(1),_=Symbol.for("lit-noChange"),u=Symbol.for("lit-nothing"),st=new WeakMap,g=y.createTreeWalker(y,129);function ht(s,t){if(!J(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return Q!==void 0?Q.createHTML(t):t}const Tt=(s,t)=>{const e=s.length-1,r=[];let i,n=t===2?"<svg>":t===3?"<math>":"",o=x;for(let c=0;c<e;c++){const a=s[c];let d,h,l=-1,p=0;for(;p<a.length&&(o.lastIndex=p,h=o.exec(a),h!==null);)p=o.lastIndex,o===x?h[1]==="!--"?o=X:h[1]!==void 0?o=tt:h[2]!==void 0?(lt.test(h[2])&&(i=RegExp("</"+h[2],"g")),o=b):h[3]!==void 0&&(o=b):o===b?h[0]===">"?(o=i??x,l=-1):h[1]===void 0?l=-2:(l=o.lastIndex-h[2].length,d=h[1],o=h[3]===void 0?b:h[3]==='"'?rt:et):o===rt||o===et?o=b:o===X||o===tt?o=x:(o=b,i=void 0);const m=o===b&&s[c+1].startsWith("/>")?" ":"";n+=o===x?a+St:l>=0?(r.push(d),a.slice(0,l)+at+a.slice(l)+$+m):a+$+(l===-2?c:m)}return[ht(s,n+(s[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),r]};class k{constructor({strings:t,_$litType$:e},r){let i;this.parts=[];let n=0,o=0;const c=t.length-1,a=this.parts,[d,h]=Tt(t,e);if(this.el=k.createElement(d,r),g.currentNode=this.el.content,e===2||e===3){const l=this.el.content.firstChild;l.replaceWith(...l.childNodes)}for(;(i=g.nextNode())!==null&&a.length<c;){if(i.nodeType===1){if(i.hasAttributes())for(const l of i.getAttributeNames())if(l.endsWith(at)){const p=h[o++],m=i.getAttribute(l).split($),U=/([.?@])?(.*)/.exec(p);a.push({type:1,index:n,name:U[2],strings:m,ctor:U[1]==="."?Ut:U[1]==="?"?Nt:U[1]==="@"?Pt:R}),i.removeAttribute(l)}else l.startsWith($)&&(a.push({type:6,index:n}),i.removeAttribute(l));if(lt.test(i.tagName)){const l=i.textContent.split($),p=l.length-1;if(p>0){i.textContent=D?D.emptyScript:"";for(let m=0;m<p;m++)i.append(l[m],C()),g.nextNode(),a.push({type:2,index:++n});i.append(l[p],C())}}}else if(i.nodeType===8)if(i.data===ct)a.push({type:2,index:n});else{let l=-1;for(;(l=i.data.indexOf($,l+1))!==-1;)a.push({type:7,index:n}),l+=$.length-1}n++}}static createElement(t,e){const r=y.createElement("template");return r.innerHTML=t,r}}function A(s,t,e=s,r){if(t===_)return t;let i=r!==void 0?e._$Co?.[r]:e._$Cl;const n=T(t)?void 0:t._$litDirective$;return i?.constructor!==n&&(i?._$AO?.(!1),n===void 0?i=void 0:(i=new n(s),i._$AT(s,e,r)),r!==void 0?(e._$Co??=[])[r]=i:e._$Cl=i),i!==void 0&&(t=A(s,i._$AS(s,t.values),i,r)),t}class kt{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:r}=this._$AD,i=(t?.creationScope??y).importNode(e,!0);g.currentNode=i;let n=g.nextNode(),o=0,c=0,a=r[0];for(;a!==void 0;){if(o===a.index){let d;a.type===2?d=new w(n,n.nextSibling,this,t):a.type===1?d=new a.ctor(n,a.name,a.strings,this,t):a.type===6&&(d=new Mt(n,this,t)),this._$AV.push(d),a=r[++c]}o!==a?.index&&(n=g.nextNode(),o++)}return g.currentNode=y,i}p(t){let e=0;for(const r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(t,r,e),e+=r.strings.length-2):r._$AI(t[e])),e++}}class w{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,r,i){this.type=2,this._$AH=u,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=r,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=A(this,t,e),T(t)?t===u||t==null||t===""?(this._$AH!==u&&this._$AR(),this._$AH=u):t!==this._$AH&&t!==_&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):Et(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==u&&T(this._$AH)?this._$AA.nextSibling.data=t:this.T(y.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:r}=t,i=typeof r=="number"?this._$AC(t):(r.el===void 0&&(r.el=k.createElement(ht(r.h,r.h[0]),this.options)),r);if(this._$AH?._$AD===i)this._$AH.p(e);else{const n=new kt(i,this),o=n.u(this.options);n.p(e),this.T(o),this._$AH=n}}_$AC(t){let e=st.get(t.strings);return e===void 0&&st.set(t.strings,e=new k(t)),e}k(t){J(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let r,i=0;for(const n of t)i===e.length?e.push(r=new w(this.O(C()),this.O(C()),this,this.options)):r=e[i],r._$AI(n),i++;i<e.length&&(this._$AR(r&&r._$AB.nextSibling,i),e.length=i)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const r=G(t).nextSibling;G(t).remove(),t=r}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}}class R{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,r,i,n){this.type=1,this._$AH=u,this._$AN=void 0,this.element=t,this.name=e,this._$AM=i,this.options=n,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=u}_$AI(t,e=this,r,i){const n=this.strings;let o=!1;if(n===void 0)t=A(this,t,e,0),o=!T(t)||t!==this._$AH&&t!==_,o&&(this._$AH=t);else{const c=t;let a,d;for(t=n[0],a=0;a<n.length-1;a++)d=A(this,c[r+a],e,a),d===_&&(d=this._$AH[a]),o||=!T(d)||d!==this._$AH[a],d===u?t=u:t!==u&&(t+=(d??"")+n[a+1]),this._$AH[a]=d}o&&!i&&this.j(t)}j(t){t===u?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class Ut extends R{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===u?void 0:t}}class Nt extends R{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==u)}}class Pt extends R{constructor(t,e,r,i,n){super(t,e,r,i,n),this.type=5}_$AI(t,e=this){if((t=A(this,t,e,0)??u)===_)return;const r=this._$AH,i=t===u&&r!==u||t.capture!==r.capture||t.once!==r.once||t.passive!==r.passive,n=t!==u&&(r===u||i);i&&this.element.removeEventListener(this.name,this,r),n&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class Mt{constructor(t,e,r){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(t){A(this,t)}}const Qt={I:w},Ot=W.litHtmlPolyfillSupport;Ot?.(k,w),(W.litHtmlVersions??=[]).push("3.3.3");const Dt=(s,t,e)=>{const r=e?.renderBefore??t;let i=r._$litPart$;if(i===void 0){const n=e?.renderBefore??null;r._$litPart$=i=new w(t.insertBefore(C(),n),n,void 0,e??{})}return i._$AI(s),i};const q=globalThis;let M=class extends v{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Dt(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return _}};M._$litElement$=!0,M.finalized=!0,q.litElementHydrateSupport?.({LitElement:M});const jt=q.litElementPolyfillSupport;jt?.({LitElement:M});(q.litElementVersions??=[]).push("4.2.2");const Rt={attribute:!0,type:String,converter:O,reflect:!1,hasChanged:B},Ht=(s=Rt,t,e)=>{const{kind:r,metadata:i}=e;let n=globalThis.litPropertyMetadata.get(i);if(n===void 0&&globalThis.litPropertyMetadata.set(i,n=new Map),r==="setter"&&((s=Object.create(s)).wrapped=!0),n.set(e.name,s),r==="accessor"){const{name:o}=e;return{set(c){const a=t.get.call(this);t.set.call(this,c),this.requestUpdate(o,a,s,!0,c)},init(c){return c!==void 0&&this.C(o,void 0,s,c),c}}}if(r==="setter"){const{name:o}=e;return function(c){const a=this[o];t.call(this,c),this.requestUpdate(o,a,s,!0,c)}}throw Error("Unsupported decorator location: "+r)};function Lt(s){return(t,e)=>typeof e=="object"?Ht(s,t,e):((r,i,n)=>{const o=i.hasOwnProperty(n);return i.constructor.createProperty(n,r),o?Object.getOwnPropertyDescriptor(i,n):void 0})(s,t,e)}function te(s){return Lt({...s,state:!0,attribute:!1})}const It={ATTRIBUTE:1,CHILD:2},zt=s=>(...t)=>({_$litDirective$:s,values:t});let Ft=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,r){this._$Ct=t,this._$AM=e,this._$Ci=r}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};const dt="important",Bt=" !"+dt,re=zt(class extends Ft{constructor(s){if(super(s),s.type!==It.ATTRIBUTE||s.name!=="style"||s.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(s){return Object.keys(s).reduce((t,e)=>{const r=s[e];return r==null?t:t+`${e=e.includes("-")?e:e.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${r};`},"")}update(s,[t]){const{style:e}=s.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(t)),this.render(t);for(const r of this.ft)t[r]==null&&(this.ft.delete(r),r.includes("-")?e.removeProperty(r):e[r]=null);for(const r in t){const i=t[r];if(i!=null){this.ft.add(r);const n=typeof i=="string"&&i.endsWith(Bt);r.includes("-")||n?e.setProperty(r,n?i.slice(0,-11):i,n?dt:""):e[r]=i}}return _}});function se(s){const t=s?.locale?.language||s?.language||void 0;let e=t;switch(s?.locale?.number_format){case"comma_decimal":e="en-US";break;case"decimal_comma":e="de-DE";break;case"space_comma":e="fr-FR";break;case"system":e=void 0;break}const r=s?.locale?.time_format,i=r==="12"?!0:r==="24"?!1:void 0,n=s?.locale?.time_zone==="server"&&s.config?.time_zone?s.config.time_zone:void 0;return{numberLocale:e,dateLocale:t,timeZone:n,hour12:i,currency:s?.config?.currency}}const it=new Map,nt=new Map;function ut(s,t){const e=JSON.stringify([s??null,t]);let r=it.get(e);return r||(r=new Intl.NumberFormat(s,t),it.set(e,r)),r}function L(s,t){const e=JSON.stringify([s??null,t]);let r=nt.get(e);return r||(r=new Intl.DateTimeFormat(s,t),nt.set(e,r)),r}function E(s,t,e=0){return s==null||!Number.isFinite(s)?"—":ut(t.numberLocale,{maximumFractionDigits:e,minimumFractionDigits:0}).format(s)}function ie(s,t){return s==null||!Number.isFinite(s)?"—":`${E(s,t,1)} %`}function ne(s,t){if(s==null||!Number.isFinite(s))return"—";if(t.currency)try{return ut(t.numberLocale,{style:"currency",currency:t.currency}).format(s)}catch{}return E(s,t,2)}function oe(s){if(s==null||!Number.isFinite(s)||s<0)return"—";const t=Math.round(s);if(t<60)return`${t} s`;const e=Math.floor(t/60);if(e<60)return`${e} min`;const r=Math.floor(e/60),i=e%60;return r<24?`${r} h ${String(i).padStart(2,"0")} min`:`${Math.floor(r/24)} d ${r%24} h`}function ae(s,t,e){return s!=null&&Number.isFinite(s)&&s>0?s>=1e3?`${E(s/1e3,e,2)} kg`:`${E(s,e,1)} g`:t!=null&&Number.isFinite(t)&&t>0?`${E(t/1e3,e,2)} m`:"—"}function ce(s,t,e=!0,r=new Date){if(!s)return"—";const i=new Date(s);if(Number.isNaN(i.getTime()))return"—";const n=L("en",{year:"numeric",timeZone:t.timeZone}),o=n.format(i)===n.format(r);return L(t.dateLocale,{year:e||!o?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:t.hour12,timeZone:t.timeZone}).format(i)}const Wt={in_progress:"In progress",completed:"Completed",cancelled:"Cancelled",error:"Error",klippy_shutdown:"Klippy shutdown",klippy_disconnect:"Klippy disconnected",interrupted:"Interrupted",server_exit:"Server exit"};function le(s){return Wt[s]??s.replace(/_/g," ")}function he(s){return s==="completed"?"ok":s==="cancelled"?"warn":s==="in_progress"?"active":"error"}function I(s,t){if(!t)return-s.getTimezoneOffset()*6e4;const e=L("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(s),r=n=>Number(e.find(o=>o.type===n)?.value??0);return Date.UTC(r("year"),r("month")-1,r("day"),r("hour"),r("minute"),r("second"))-Math.floor(s.getTime()/1e3)*1e3}function Jt(s,t,e){const r=/^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());if(!r)return;const i=/^(\d{2}):(\d{2})$/.exec((t??"00:00").trim());if(!i)return;const[n,o,c,a,d]=[r[1],r[2],r[3],i[1],i[2]].map(Number),h=Date.UTC(n,o-1,c,a,d),l=new Date(h);if(Number.isNaN(h)||l.getUTCMonth()!==o-1||l.getUTCDate()!==c||a>23||d>59)return;let p=h-I(new Date(h),e);return p=h-I(new Date(p),e),new Date(p).toISOString()}function qt(s,t){return new Date(s.getTime()+I(s,t)).toISOString().slice(0,10)}function de(s){if(!s)return;const t=s.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(t)||/^#?[0-9a-fA-F]{3}$/.test(t)?t.startsWith("#")?t:`#${t}`:void 0}function ue(s){const t=new Set;for(const e of s.split(",")){const r=e.trim();r&&t.add(r)}return[...t]}const pt=[{id:"7d",label:"Last 7 days",days:7},{id:"30d",label:"Last 30 days",days:30},{id:"90d",label:"Last 90 days",days:90},{id:"365d",label:"Last 12 months",days:365},{id:"all",label:"All time",days:0}];function pe(s){return pt.some(t=>t.id===s)}function fe(s,t,e,r){const i={};t.length&&(i.printer_ids=[...t]);const n=pt.find(o=>o.id===s);if(n&&n.days>0){const o=new Date(e.getTime()-(n.days-1)*864e5),c=Jt(qt(o,r),"00:00",r);c&&(i.since=c)}return i}function me(s){switch(s){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function Zt(s){const t=/^(\d{4})-W(\d{2})$/.exec(s);if(t){const n=Date.UTC(Number(t[1]),0,4);return(n-(new Date(n).getUTCDay()+6)%7*864e5+(Number(t[2])-1)*7*864e5)/1e3}const e=/^(\d{4})-(\d{2})$/.exec(s);if(e)return Date.UTC(Number(e[1]),Number(e[2])-1,1)/1e3;const r=/^(\d{4})-(\d{2})-(\d{2})$/.exec(s);if(r)return Date.UTC(Number(r[1]),Number(r[2])-1,Number(r[3]))/1e3;const i=Date.parse(s);return Number.isNaN(i)?Number.NaN:i/1e3}function $e(s){const t=s.map(e=>[Zt(e.bucket),Number(e.value)||0]).filter(([e])=>Number.isFinite(e)).sort((e,r)=>e[0]-r[0]);return[t.map(e=>e[0]),t.map(e=>e[1])]}function be(s,t,e){const r=new Date(s*1e3);return new Intl.DateTimeFormat(e,t==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(r)}function ge(s,t){if(s.length<=t)return[...s];const e=Math.ceil(s.length/Math.max(t,1));return s.filter((r,i)=>i%e===0)}function ye(s){return s==="day"?86400:s==="week"?7*86400:30*86400}const f=3600,_e=[{label:"<15m",min:0,max:900-.001},{label:"15–30m",min:900,max:1800-.001},{label:"30m–1h",min:1800,max:f-.001},{label:"1–2h",min:f,max:2*f-.001},{label:"2–4h",min:2*f,max:4*f-.001},{label:"4–8h",min:4*f,max:8*f-.001},{label:"8–16h",min:8*f,max:16*f-.001},{label:"≥16h",min:16*f,max:void 0}],ve=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"];function Ae(s){const t=Array.from({length:7},()=>new Array(24).fill(0));for(const e of s){const r=e.key;typeof r!="number"||!Number.isInteger(r)||r<0||r>=168||(t[Math.floor(r/24)][r%24]=e.jobs)}return t}function we(s){let t=0;for(const e of s)for(const r of e)r>t&&(t=r);return t}function xe(s,t,e){const r=[...s].sort((c,a)=>(a[t]??0)-(c[t]??0));if(r.length<=e)return r;const i=r.slice(0,e-1),n=r.slice(e-1),o={key:"__other__",label:`Other (${n.length})`,jobs:n.reduce((c,a)=>c+a.jobs,0),hours:n.reduce((c,a)=>c+a.hours,0),filament_g:n.reduce((c,a)=>c+a.filament_g,0),success_rate:null};return[...i,o]}const N="print_logger";function Vt(s){const t={};for(const[e,r]of Object.entries(s))r==null||r===""||Array.isArray(r)&&r.length===0||(t[e]=r);return t}function Se(s){if(s&&typeof s=="object"){const t=s;if(typeof t.message=="string"&&t.message)return t.message;if(typeof t.error=="string"&&t.error)return t.error;if(typeof t.code=="string"&&t.code)return t.code}return typeof s=="string"?s:"Unknown error"}class Ee{constructor(t){this.hass=t}call(t,e={}){return this.hass.callWS({type:`${N}/${t}`,...Vt(e)})}listPrinters(){return this.call("printers/list")}listJobs(t){return this.call("jobs/list",t)}async getJob(t){return(await this.call("jobs/get",{job_id:t})).job}async createJob(t){return(await this.call("jobs/create",t)).job}async updateJob(t,e){return(await this.hass.callWS({type:`${N}/jobs/update`,job_id:t,...e})).job}async deleteJobs(t){return(await this.call("jobs/delete",{job_ids:t})).deleted}summary(t){return this.call("analytics/summary",t)}timeseries(t,e,r){return this.call("analytics/timeseries",{...t,bucket:e,metric:r})}breakdown(t,e){return this.call("analytics/breakdown",{...t,by:e})}subscribe(t){return this.hass.connection.subscribeMessage(t,{type:`${N}/subscribe`})}async thumbnail(t){const e=`/api/${N}/jobs/${encodeURIComponent(t)}/thumbnail`;let r;if(this.hass.fetchWithAuth)r=await this.hass.fetchWithAuth(e);else{const i=this.hass.auth?.data?.access_token,n=this.hass.auth?.data?.hassUrl??"";r=await fetch(n+e,{headers:i?{Authorization:`Bearer ${i}`}:{}})}if(r.status===404)return null;if(!r.ok)throw new Error(`thumbnail: HTTP ${r.status}`);return r.blob()}}function Ce(s,t){customElements.get(s)||customElements.define(s,t)}function Te(s,t,e){s.dispatchEvent(new CustomEvent(t,{detail:e,bubbles:!0,composed:!0}))}function ke(s){const t=s.current_job;return t?t.estimated_time&&t.estimated_time>0?Math.max(t.estimated_time-t.print_duration,0):t.progress>.01&&t.print_duration>0?t.print_duration*(1/t.progress-1):null:null}function Ue(s){if(!s.online)return"Offline";const t=s.print_state||"standby";return t.charAt(0).toUpperCase()+t.slice(1).replace(/_/g," ")}const Ne=mt`
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
`;export{u as A,be as B,ge as C,ye as D,we as E,_e as F,Ae as G,me as H,xe as I,$e as J,Qt as K,zt as L,Ft as M,It as N,_ as O,pt as P,Jt as Q,ue as R,qt as S,ve as W,M as a,Ne as b,mt as c,Ee as d,Se as e,se as f,Gt as g,Ue as h,pe as i,oe as j,le as k,ce as l,ae as m,E as n,re as o,fe as p,ie as q,ke as r,he as s,ne as t,Lt as u,te as v,Te as w,Ce as x,de as y,ft as z};
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
