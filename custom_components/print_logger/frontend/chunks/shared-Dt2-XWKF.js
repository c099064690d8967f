const P=globalThis,L=P.ShadowRoot&&(P.ShadyCSS===void 0||P.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,z=Symbol(),J=new WeakMap;let st=class{constructor(t,e,s){if(this._$cssResult$=!0,s!==z)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o;const e=this.t;if(L&&t===void 0){const s=e!==void 0&&e.length===1;s&&(t=J.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),s&&J.set(e,t))}return t}toString(){return this.cssText}};const ht=r=>new st(typeof r=="string"?r:r+"",void 0,z),dt=(r,...t)=>{const e=r.length===1?r[0]:t.reduce((s,i,n)=>s+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+r[n+1],r[0]);return new st(e,r,z)},ut=(r,t)=>{if(L)r.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(const e of t){const s=document.createElement("style"),i=P.litNonce;i!==void 0&&s.setAttribute("nonce",i),s.textContent=e.cssText,r.appendChild(s)}},q=L?r=>r:r=>r instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return ht(e)})(r):r;const{is:pt,defineProperty:ft,getOwnPropertyDescriptor:mt,getOwnPropertyNames:$t,getOwnPropertySymbols:bt,getPrototypeOf:gt}=Object,H=globalThis,V=H.trustedTypes,yt=V?V.emptyScript:"",_t=H.reactiveElementPolyfillSupport,S=(r,t)=>r,O={toAttribute(r,t){switch(t){case Boolean:r=r?yt:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,t){let e=r;switch(t){case Boolean:e=r!==null;break;case Number:e=r===null?null:Number(r);break;case Object:case Array:try{e=JSON.parse(r)}catch{e=null}}return e}},F=(r,t)=>!pt(r,t),K={attribute:!0,type:String,converter:O,reflect:!1,useDefault:!1,hasChanged:F};Symbol.metadata??=Symbol("metadata"),H.litPropertyMetadata??=new WeakMap;let v=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=K){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){const s=Symbol(),i=this.getPropertyDescriptor(t,s,e);i!==void 0&&ft(this.prototype,t,i)}}static getPropertyDescriptor(t,e,s){const{get:i,set:n}=mt(this.prototype,t)??{get(){return this[e]},set(o){this[e]=o}};return{get:i,set(o){const c=i?.call(this);n?.call(this,o),this.requestUpdate(t,c,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??K}static _$Ei(){if(this.hasOwnProperty(S("elementProperties")))return;const t=gt(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(S("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(S("properties"))){const e=this.properties,s=[...$t(e),...bt(e)];for(const i of s)this.createProperty(i,e[i])}const t=this[Symbol.metadata];if(t!==null){const e=litPropertyMetadata.get(t);if(e!==void 0)for(const[s,i]of e)this.elementProperties.set(s,i)}this._$Eh=new Map;for(const[e,s]of this.elementProperties){const i=this._$Eu(e,s);i!==void 0&&this._$Eh.set(i,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){const e=[];if(Array.isArray(t)){const s=new Set(t.flat(1/0).reverse());for(const i of s)e.unshift(q(i))}else t!==void 0&&e.push(q(t));return e}static _$Eu(t,e){const s=e.attribute;return s===!1?void 0:typeof s=="string"?s:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){const t=new Map,e=this.constructor.elementProperties;for(const s of e.keys())this.hasOwnProperty(s)&&(t.set(s,this[s]),delete this[s]);t.size>0&&(this._$Ep=t)}createRenderRoot(){const t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ut(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,s){this._$AK(t,s)}_$ET(t,e){const s=this.constructor.elementProperties.get(t),i=this.constructor._$Eu(t,s);if(i!==void 0&&s.reflect===!0){const n=(s.converter?.toAttribute!==void 0?s.converter:O).toAttribute(e,s.type);this._$Em=t,n==null?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(t,e){const s=this.constructor,i=s._$Eh.get(t);if(i!==void 0&&this._$Em!==i){const n=s.getPropertyOptions(i),o=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:O;this._$Em=i;const c=o.fromAttribute(e,n.type);this[i]=c??this._$Ej?.get(i)??c,this._$Em=null}}requestUpdate(t,e,s,i=!1,n){if(t!==void 0){const o=this.constructor;if(i===!1&&(n=this[t]),s??=o.getPropertyOptions(t),!((s.hasChanged??F)(n,e)||s.useDefault&&s.reflect&&n===this._$Ej?.get(t)&&!this.hasAttribute(o._$Eu(t,s))))return;this.C(t,e,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:s,reflect:i,wrapped:n},o){s&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,o??e??this[t]),n!==!0||o!==void 0)||(this._$AL.has(t)||(this.hasUpdated||s||(e=void 0),this._$AL.set(t,e)),i===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}const t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[i,n]of this._$Ep)this[i]=n;this._$Ep=void 0}const s=this.constructor.elementProperties;if(s.size>0)for(const[i,n]of s){const{wrapped:o}=n,c=this[i];o!==!0||this._$AL.has(i)||c===void 0||this.C(i,void 0,n,c)}}let t=!1;const e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(e)):this._$EM()}catch(s){throw t=!1,this._$EM(),s}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};v.elementStyles=[],v.shadowRootOptions={mode:"open"},v[S("elementProperties")]=new Map,v[S("finalized")]=new Map,_t?.({ReactiveElement:v}),(H.reactiveElementVersions??=[]).push("2.1.2");const B=globalThis,Y=r=>r,M=B.trustedTypes,G=M?M.createPolicy("lit-html",{createHTML:r=>r}):void 0,it="$lit$",$=`lit$${Math.random().toFixed(9).slice(2)}$`,nt="?"+$,vt=`<${nt}>`,y=document,T=()=>y.createComment(""),C=r=>r===null||typeof r!="object"&&typeof r!="function",W=Array.isArray,At=r=>W(r)||typeof r?.[Symbol.iterator]=="function",I=`[ 	
\f\r]`,x=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Q=/-->/g,X=/>/g,b=RegExp(`>|${I}(?:([^\\s"'>=/]+)(${I}*=${I}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),tt=/'/g,et=/"/g,ot=/^(?:script|style|textarea|title)$/i,wt=r=>(t,...e)=>({_$litType$:r,strings:t,values:e}),Kt=wt(1),_=Symbol.for("lit-noChange"),u=Symbol.for("lit-nothing"),rt=new WeakMap,g=y.createTreeWalker(y,129);function at(r,t){if(!W(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return G!==void 0?G.createHTML(t):t}const xt=(r,t)=>{const e=r.length-1,s=[];let i,n=t===2?"<svg>":t===3?"<math>":"",o=x;for(let c=0;c<e;c++){const a=r[c];let d,h,l=-1,p=0;for(;p<a.length&&(o.lastIndex=p,h=o.exec(a),h!==null);)p=o.lastIndex,o===x?h[1]==="!--"?o=Q:h[1]!==void 0?o=X:h[2]!==void 0?(ot.test(h[2])&&(i=RegExp("</"+h[2],"g")),o=b):h[3]!==void 0&&(o=b):o===b?h[0]===">"?(o=i??x,l=-1):h[1]===void 0?l=-2:(l=o.lastIndex-h[2].length,d=h[1],o=h[3]===void 0?b:h[3]==='"'?et:tt):o===et||o===tt?o=b:o===Q||o===X?o=x:(o=b,i=void 0);const m=o===b&&r[c+1].startsWith("/>")?" ":"";n+=o===x?a+vt:l>=0?(s.push(d),a.slice(0,l)+it+a.slice(l)+$+m):a+$+(l===-2?c:m)}return[at(r,n+(r[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),s]};class U{constructor({strings:t,_$litType$:e},s){let i;this.parts=[];let n=0,o=0;const c=t.length-1,a=this.parts,[d,h]=xt(t,e);if(this.el=U.createElement(d,s),g.currentNode=this.el.content,e===2||e===3){const l=this.el.content.firstChild;l.replaceWith(...l.childNodes)}for(;(i=g.nextNode())!==null&&a.length<c;){if(i.nodeType===1){if(i.hasAttributes())for(const l of i.getAttributeNames())if(l.endsWith(it)){const p=h[o++],m=i.getAttribute(l).split($),k=/([.?@])?(.*)/.exec(p);a.push({type:1,index:n,name:k[2],strings:m,ctor:k[1]==="."?Et:k[1]==="?"?Tt:k[1]==="@"?Ct:R}),i.removeAttribute(l)}else l.startsWith($)&&(a.push({type:6,index:n}),i.removeAttribute(l));if(ot.test(i.tagName)){const l=i.textContent.split($),p=l.length-1;if(p>0){i.textContent=M?M.emptyScript:"";for(let m=0;m<p;m++)i.append(l[m],T()),g.nextNode(),a.push({type:2,index:++n});i.append(l[p],T())}}}else if(i.nodeType===8)if(i.data===nt)a.push({type:2,index:n});else{let l=-1;for(;(l=i.data.indexOf($,l+1))!==-1;)a.push({type:7,index:n}),l+=$.length-1}n++}}static createElement(t,e){const s=y.createElement("template");return s.innerHTML=t,s}}function A(r,t,e=r,s){if(t===_)return t;let i=s!==void 0?e._$Co?.[s]:e._$Cl;const n=C(t)?void 0:t._$litDirective$;return i?.constructor!==n&&(i?._$AO?.(!1),n===void 0?i=void 0:(i=new n(r),i._$AT(r,e,s)),s!==void 0?(e._$Co??=[])[s]=i:e._$Cl=i),i!==void 0&&(t=A(r,i._$AS(r,t.values),i,s)),t}class St{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){const{el:{content:e},parts:s}=this._$AD,i=(t?.creationScope??y).importNode(e,!0);g.currentNode=i;let n=g.nextNode(),o=0,c=0,a=s[0];for(;a!==void 0;){if(o===a.index){let d;a.type===2?d=new w(n,n.nextSibling,this,t):a.type===1?d=new a.ctor(n,a.name,a.strings,this,t):a.type===6&&(d=new Ut(n,this,t)),this._$AV.push(d),a=s[++c]}o!==a?.index&&(n=g.nextNode(),o++)}return g.currentNode=y,i}p(t){let e=0;for(const s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(t,s,e),e+=s.strings.length-2):s._$AI(t[e])),e++}}class w{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,s,i){this.type=2,this._$AH=u,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode;const e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=A(this,t,e),C(t)?t===u||t==null||t===""?(this._$AH!==u&&this._$AR(),this._$AH=u):t!==this._$AH&&t!==_&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):At(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==u&&C(this._$AH)?this._$AA.nextSibling.data=t:this.T(y.createTextNode(t)),this._$AH=t}$(t){const{values:e,_$litType$:s}=t,i=typeof s=="number"?this._$AC(t):(s.el===void 0&&(s.el=U.createElement(at(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(e);else{const n=new St(i,this),o=n.u(this.options);n.p(e),this.T(o),this._$AH=n}}_$AC(t){let e=rt.get(t.strings);return e===void 0&&rt.set(t.strings,e=new U(t)),e}k(t){W(this._$AH)||(this._$AH=[],this._$AR());const e=this._$AH;let s,i=0;for(const n of t)i===e.length?e.push(s=new w(this.O(T()),this.O(T()),this,this.options)):s=e[i],s._$AI(n),i++;i<e.length&&(this._$AR(s&&s._$AB.nextSibling,i),e.length=i)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){const s=Y(t).nextSibling;Y(t).remove(),t=s}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}}class R{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,s,i,n){this.type=1,this._$AH=u,this._$AN=void 0,this.element=t,this.name=e,this._$AM=i,this.options=n,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=u}_$AI(t,e=this,s,i){const n=this.strings;let o=!1;if(n===void 0)t=A(this,t,e,0),o=!C(t)||t!==this._$AH&&t!==_,o&&(this._$AH=t);else{const c=t;let a,d;for(t=n[0],a=0;a<n.length-1;a++)d=A(this,c[s+a],e,a),d===_&&(d=this._$AH[a]),o||=!C(d)||d!==this._$AH[a],d===u?t=u:t!==u&&(t+=(d??"")+n[a+1]),this._$AH[a]=d}o&&!i&&this.j(t)}j(t){t===u?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}}class Et extends R{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===u?void 0:t}}class Tt extends R{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==u)}}class Ct extends R{constructor(t,e,s,i,n){super(t,e,s,i,n),this.type=5}_$AI(t,e=this){if((t=A(this,t,e,0)??u)===_)return;const s=this._$AH,i=t===u&&s!==u||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,n=t!==u&&(s===u||i);i&&this.element.removeEventListener(this.name,this,s),n&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}}class Ut{constructor(t,e,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(t){A(this,t)}}const Yt={I:w},kt=B.litHtmlPolyfillSupport;kt?.(U,w),(B.litHtmlVersions??=[]).push("3.3.3");const Nt=(r,t,e)=>{const s=e?.renderBefore??t;let i=s._$litPart$;if(i===void 0){const n=e?.renderBefore??null;s._$litPart$=i=new w(t.insertBefore(T(),n),n,void 0,e??{})}return i._$AI(r),i};const Z=globalThis;let D=class extends v{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){const e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Nt(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return _}};D._$litElement$=!0,D.finalized=!0,Z.litElementHydrateSupport?.({LitElement:D});const Pt=Z.litElementPolyfillSupport;Pt?.({LitElement:D});(Z.litElementVersions??=[]).push("4.2.2");const Dt={attribute:!0,type:String,converter:O,reflect:!1,hasChanged:F},Ot=(r=Dt,t,e)=>{const{kind:s,metadata:i}=e;let n=globalThis.litPropertyMetadata.get(i);if(n===void 0&&globalThis.litPropertyMetadata.set(i,n=new Map),s==="setter"&&((r=Object.create(r)).wrapped=!0),n.set(e.name,r),s==="accessor"){const{name:o}=e;return{set(c){const a=t.get.call(this);t.set.call(this,c),this.requestUpdate(o,a,r,!0,c)},init(c){return c!==void 0&&this.C(o,void 0,r,c),c}}}if(s==="setter"){const{name:o}=e;return function(c){const a=this[o];t.call(this,c),this.requestUpdate(o,a,r,!0,c)}}throw Error("Unsupported decorator location: "+s)};function Mt(r){return(t,e)=>typeof e=="object"?Ot(r,t,e):((s,i,n)=>{const o=i.hasOwnProperty(n);return i.constructor.createProperty(n,s),o?Object.getOwnPropertyDescriptor(i,n):void 0})(r,t,e)}function Qt(r){return Mt({...r,state:!0,attribute:!1})}const jt={ATTRIBUTE:1,CHILD:2},Ht=r=>(...t)=>({_$litDirective$:r,values:t});let Rt=class{constructor(t){}get _$AU(){return this._$AM._$AU}_$AT(t,e,s){this._$Ct=t,this._$AM=e,this._$Ci=s}_$AS(t,e){return this.update(t,e)}update(t,e){return this.render(...e)}};const ct="important",It=" !"+ct,te=Ht(class extends Rt{constructor(r){if(super(r),r.type!==jt.ATTRIBUTE||r.name!=="style"||r.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(r){return Object.keys(r).reduce((t,e)=>{const s=r[e];return s==null?t:t+`${e=e.includes("-")?e:e.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${s};`},"")}update(r,[t]){const{style:e}=r.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(t)),this.render(t);for(const s of this.ft)t[s]==null&&(this.ft.delete(s),s.includes("-")?e.removeProperty(s):e[s]=null);for(const s in t){const i=t[s];if(i!=null){this.ft.add(s);const n=typeof i=="string"&&i.endsWith(It);s.includes("-")||n?e.setProperty(s,n?i.slice(0,-11):i,n?ct:""):e[s]=i}}return _}});function ee(r){const t=r?.locale?.language||r?.language||void 0;let e=t;switch(r?.locale?.number_format){case"comma_decimal":e="en-US";break;case"decimal_comma":e="de-DE";break;case"space_comma":e="fr-FR";break;case"system":e=void 0;break}const s=r?.locale?.time_format,i=s==="12"?!0:s==="24"?!1:void 0,n=r?.locale?.time_zone==="server"&&r.config?.time_zone?r.config.time_zone:void 0;return{numberLocale:e,dateLocale:t,timeZone:n,hour12:i,currency:r?.config?.currency}}function E(r,t,e=0){return r==null||!Number.isFinite(r)?"—":new Intl.NumberFormat(t.numberLocale,{maximumFractionDigits:e,minimumFractionDigits:0}).format(r)}function re(r,t){return r==null||!Number.isFinite(r)?"—":`${E(r,t,1)} %`}function se(r,t){if(r==null||!Number.isFinite(r))return"—";if(t.currency)try{return new Intl.NumberFormat(t.numberLocale,{style:"currency",currency:t.currency}).format(r)}catch{}return E(r,t,2)}function ie(r){if(r==null||!Number.isFinite(r)||r<0)return"—";const t=Math.round(r);if(t<60)return`${t} s`;const e=Math.floor(t/60);if(e<60)return`${e} min`;const s=Math.floor(e/60),i=e%60;return s<24?`${s} h ${String(i).padStart(2,"0")} min`:`${Math.floor(s/24)} d ${s%24} h`}function ne(r,t,e){return r!=null&&Number.isFinite(r)&&r>0?r>=1e3?`${E(r/1e3,e,2)} kg`:`${E(r,e,1)} g`:t!=null&&Number.isFinite(t)&&t>0?`${E(t/1e3,e,2)} m`:"—"}function oe(r,t,e=!0,s=new Date){if(!r)return"—";const i=new Date(r);if(Number.isNaN(i.getTime()))return"—";const n=new Intl.DateTimeFormat("en",{year:"numeric",timeZone:t.timeZone}).format(i)===new Intl.DateTimeFormat("en",{year:"numeric",timeZone:t.timeZone}).format(s);return new Intl.DateTimeFormat(t.dateLocale,{year:e||!n?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:t.hour12,timeZone:t.timeZone}).format(i)}const Lt={in_progress:"In progress",completed:"Completed",cancelled:"Cancelled",error:"Error",klippy_shutdown:"Klippy shutdown",klippy_disconnect:"Klippy disconnected",interrupted:"Interrupted",server_exit:"Server exit"};function ae(r){return Lt[r]??r.replace(/_/g," ")}function ce(r){return r==="completed"?"ok":r==="cancelled"?"warn":r==="in_progress"?"active":"error"}function j(r,t){if(!t)return-r.getTimezoneOffset()*6e4;const e=new Intl.DateTimeFormat("en-US",{timeZone:t,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(r),s=n=>Number(e.find(o=>o.type===n)?.value??0);return Date.UTC(s("year"),s("month")-1,s("day"),s("hour"),s("minute"),s("second"))-Math.floor(r.getTime()/1e3)*1e3}function zt(r,t,e){const s=/^(\d{4})-(\d{2})-(\d{2})$/.exec(r.trim());if(!s)return;const i=/^(\d{2}):(\d{2})$/.exec((t??"00:00").trim());if(!i)return;const[n,o,c,a,d]=[s[1],s[2],s[3],i[1],i[2]].map(Number),h=Date.UTC(n,o-1,c,a,d),l=new Date(h);if(Number.isNaN(h)||l.getUTCMonth()!==o-1||l.getUTCDate()!==c||a>23||d>59)return;let p=h-j(new Date(h),e);return p=h-j(new Date(p),e),new Date(p).toISOString()}function Ft(r,t){return new Date(r.getTime()+j(r,t)).toISOString().slice(0,10)}function Bt(r,t){const e=new Date(r.getTime()+j(r,t));return[(e.getUTCDay()+6)%7,e.getUTCHours()]}function le(r){if(!r)return;const t=r.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(t)||/^#?[0-9a-fA-F]{3}$/.test(t)?t.startsWith("#")?t:`#${t}`:void 0}function he(r){const t=new Set;for(const e of r.split(",")){const s=e.trim();s&&t.add(s)}return[...t]}const Wt=["in_progress","completed","cancelled","error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],de=["error","klippy_shutdown","klippy_disconnect","interrupted","server_exit"],lt=[{id:"7d",label:"Last 7 days",days:7},{id:"30d",label:"Last 30 days",days:30},{id:"90d",label:"Last 90 days",days:90},{id:"365d",label:"Last 12 months",days:365},{id:"all",label:"All time",days:0}];function ue(r){return lt.some(t=>t.id===r)}function pe(r,t,e,s){const i={};t.length&&(i.printer_ids=[...t]);const n=lt.find(o=>o.id===r);if(n&&n.days>0){const o=new Date(e.getTime()-(n.days-1)*864e5),c=zt(Ft(o,s),"00:00",s);c&&(i.since=c)}return i}function fe(r){switch(r){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function Zt(r){const t=/^(\d{4})-W(\d{2})$/.exec(r);if(t){const n=Date.UTC(Number(t[1]),0,4);return(n-(new Date(n).getUTCDay()+6)%7*864e5+(Number(t[2])-1)*7*864e5)/1e3}const e=/^(\d{4})-(\d{2})$/.exec(r);if(e)return Date.UTC(Number(e[1]),Number(e[2])-1,1)/1e3;const s=/^(\d{4})-(\d{2})-(\d{2})$/.exec(r);if(s)return Date.UTC(Number(s[1]),Number(s[2])-1,Number(s[3]))/1e3;const i=Date.parse(r);return Number.isNaN(i)?Number.NaN:i/1e3}function me(r){const t=r.map(e=>[Zt(e.bucket),Number(e.value)||0]).filter(([e])=>Number.isFinite(e)).sort((e,s)=>e[0]-s[0]);return[t.map(e=>e[0]),t.map(e=>e[1])]}function $e(r,t,e){const s=new Date(r*1e3);return new Intl.DateTimeFormat(e,t==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(s)}function be(r,t){if(r.length<=t)return[...r];const e=Math.ceil(r.length/Math.max(t,1));return r.filter((s,i)=>i%e===0)}function ge(r){return r==="day"?86400:r==="week"?7*86400:30*86400}const f=3600,ye=[{label:"<15m",min:0,max:900-.001},{label:"15–30m",min:900,max:1800-.001},{label:"30m–1h",min:1800,max:f-.001},{label:"1–2h",min:f,max:2*f-.001},{label:"2–4h",min:2*f,max:4*f-.001},{label:"4–8h",min:4*f,max:8*f-.001},{label:"8–16h",min:8*f,max:16*f-.001},{label:"≥16h",min:16*f,max:void 0}],_e=Wt.filter(r=>r!=="in_progress"),ve=["Mon","Tue","Wed","Thu","Fri","Sat","Sun"];function Ae(r,t){const e=Array.from({length:7},()=>new Array(24).fill(0));for(const s of r){const i=new Date(s.start);if(Number.isNaN(i.getTime()))continue;const[n,o]=Bt(i,t);e[n][o]+=1}return e}function we(r){let t=0;for(const e of r)for(const s of e)s>t&&(t=s);return t}function xe(r,t,e){const s=[...r].sort((c,a)=>(a[t]??0)-(c[t]??0));if(s.length<=e)return s;const i=s.slice(0,e-1),n=s.slice(e-1),o={key:"__other__",label:`Other (${n.length})`,jobs:n.reduce((c,a)=>c+a.jobs,0),hours:n.reduce((c,a)=>c+a.hours,0),filament_g:n.reduce((c,a)=>c+a.filament_g,0),success_rate:null};return[...i,o]}const N="print_logger";function Jt(r){const t={};for(const[e,s]of Object.entries(r))s==null||s===""||Array.isArray(s)&&s.length===0||(t[e]=s);return t}function Se(r){if(r&&typeof r=="object"){const t=r;if(typeof t.message=="string"&&t.message)return t.message;if(typeof t.error=="string"&&t.error)return t.error;if(typeof t.code=="string"&&t.code)return t.code}return typeof r=="string"?r:"Unknown error"}class Ee{constructor(t){this.hass=t}call(t,e={}){return this.hass.callWS({type:`${N}/${t}`,...Jt(e)})}listPrinters(){return this.call("printers/list")}listJobs(t){return this.call("jobs/list",t)}async getJob(t){return(await this.call("jobs/get",{job_id:t})).job}async createJob(t){return(await this.call("jobs/create",t)).job}async updateJob(t,e){return(await this.hass.callWS({type:`${N}/jobs/update`,job_id:t,...e})).job}async deleteJobs(t){return(await this.call("jobs/delete",{job_ids:t})).deleted}summary(t){return this.call("analytics/summary",t)}timeseries(t,e,s){return this.call("analytics/timeseries",{...t,bucket:e,metric:s})}breakdown(t,e){return this.call("analytics/breakdown",{...t,by:e})}subscribe(t){return this.hass.connection.subscribeMessage(t,{type:`${N}/subscribe`})}async thumbnail(t){const e=`/api/${N}/jobs/${encodeURIComponent(t)}/thumbnail`;let s;if(this.hass.fetchWithAuth)s=await this.hass.fetchWithAuth(e);else{const i=this.hass.auth?.data?.access_token,n=this.hass.auth?.data?.hassUrl??"";s=await fetch(n+e,{headers:i?{Authorization:`Bearer ${i}`}:{}})}if(s.status===404)return null;if(!s.ok)throw new Error(`thumbnail: HTTP ${s.status}`);return s.blob()}}function Te(r,t){customElements.get(r)||customElements.define(r,t)}function Ce(r,t,e){r.dispatchEvent(new CustomEvent(t,{detail:e,bubbles:!0,composed:!0}))}function Ue(r){const t=r.current_job;return t?t.estimated_time&&t.estimated_time>0?Math.max(t.estimated_time-t.print_duration,0):t.progress>.01&&t.print_duration>0?t.print_duration*(1/t.progress-1):null:null}function ke(r){if(!r.online)return"Offline";const t=r.print_state||"standby";return t.charAt(0).toUpperCase()+t.slice(1).replace(/_/g," ")}const Ne=dt`
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
`;export{u as A,$e as B,be as C,ge as D,we as E,ye as F,_e as G,Ae as H,fe as I,me as J,xe as K,Yt as L,Ht as M,Rt as N,jt as O,lt as P,_ as Q,de as R,zt as S,he as T,Wt as U,Ft as V,ve as W,D as a,Ne as b,dt as c,Ee as d,Se as e,ee as f,Kt as g,ke as h,ue as i,ie as j,ae as k,oe as l,ne as m,E as n,te as o,pe as p,re as q,Ue as r,ce as s,se as t,Mt as u,Qt as v,Ce as w,Te as x,le as y,ht as z};
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
