const F=globalThis,re=F.ShadowRoot&&(F.ShadyCSS===void 0||F.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,oe=Symbol(),ue=new WeakMap;let Ee=class{constructor(e,t,r){if(this._$cssResult$=!0,r!==oe)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o;const t=this.t;if(re&&e===void 0){const r=t!==void 0&&t.length===1;r&&(e=ue.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),r&&ue.set(t,e))}return e}toString(){return this.cssText}};const ze=n=>new Ee(typeof n=="string"?n:n+"",void 0,oe),se=(n,...e)=>{const t=n.length===1?n[0]:e.reduce((r,o,s)=>r+(i=>{if(i._$cssResult$===!0)return i.cssText;if(typeof i=="number")return i;throw Error("Value passed to 'css' function must be a 'css' function result: "+i+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+n[s+1],n[0]);return new Ee(t,n,oe)},We=(n,e)=>{if(re)n.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(const t of e){const r=document.createElement("style"),o=F.litNonce;o!==void 0&&r.setAttribute("nonce",o),r.textContent=t.cssText,n.appendChild(r)}},he=re?n=>n:n=>n instanceof CSSStyleSheet?(e=>{let t="";for(const r of e.cssRules)t+=r.cssText;return ze(t)})(n):n;const{is:Je,defineProperty:Ve,getOwnPropertyDescriptor:qe,getOwnPropertyNames:Ze,getOwnPropertySymbols:Ke,getPrototypeOf:Ye}=Object,J=globalThis,pe=J.trustedTypes,Ge=pe?pe.emptyScript:"",Xe=J.reactiveElementPolyfillSupport,N=(n,e)=>n,H={toAttribute(n,e){switch(e){case Boolean:n=n?Ge:null;break;case Object:case Array:n=n==null?n:JSON.stringify(n)}return n},fromAttribute(n,e){let t=n;switch(e){case Boolean:t=n!==null;break;case Number:t=n===null?null:Number(n);break;case Object:case Array:try{t=JSON.parse(n)}catch{t=null}}return t}},ie=(n,e)=>!Je(n,e),fe={attribute:!0,type:String,converter:H,reflect:!1,useDefault:!1,hasChanged:ie};Symbol.metadata??=Symbol("metadata"),J.litPropertyMetadata??=new WeakMap;let S=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=fe){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){const r=Symbol(),o=this.getPropertyDescriptor(e,r,t);o!==void 0&&Ve(this.prototype,e,o)}}static getPropertyDescriptor(e,t,r){const{get:o,set:s}=qe(this.prototype,e)??{get(){return this[t]},set(i){this[t]=i}};return{get:o,set(i){const a=o?.call(this);s?.call(this,i),this.requestUpdate(e,a,r)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??fe}static _$Ei(){if(this.hasOwnProperty(N("elementProperties")))return;const e=Ye(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(N("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(N("properties"))){const t=this.properties,r=[...Ze(t),...Ke(t)];for(const o of r)this.createProperty(o,t[o])}const e=this[Symbol.metadata];if(e!==null){const t=litPropertyMetadata.get(e);if(t!==void 0)for(const[r,o]of t)this.elementProperties.set(r,o)}this._$Eh=new Map;for(const[t,r]of this.elementProperties){const o=this._$Eu(t,r);o!==void 0&&this._$Eh.set(o,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){const t=[];if(Array.isArray(e)){const r=new Set(e.flat(1/0).reverse());for(const o of r)t.unshift(he(o))}else e!==void 0&&t.push(he(e));return t}static _$Eu(e,t){const r=t.attribute;return r===!1?void 0:typeof r=="string"?r:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){const e=new Map,t=this.constructor.elementProperties;for(const r of t.keys())this.hasOwnProperty(r)&&(e.set(r,this[r]),delete this[r]);e.size>0&&(this._$Ep=e)}createRenderRoot(){const e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return We(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,r){this._$AK(e,r)}_$ET(e,t){const r=this.constructor.elementProperties.get(e),o=this.constructor._$Eu(e,r);if(o!==void 0&&r.reflect===!0){const s=(r.converter?.toAttribute!==void 0?r.converter:H).toAttribute(t,r.type);this._$Em=e,s==null?this.removeAttribute(o):this.setAttribute(o,s),this._$Em=null}}_$AK(e,t){const r=this.constructor,o=r._$Eh.get(e);if(o!==void 0&&this._$Em!==o){const s=r.getPropertyOptions(o),i=typeof s.converter=="function"?{fromAttribute:s.converter}:s.converter?.fromAttribute!==void 0?s.converter:H;this._$Em=o;const a=i.fromAttribute(t,s.type);this[o]=a??this._$Ej?.get(o)??a,this._$Em=null}}requestUpdate(e,t,r,o=!1,s){if(e!==void 0){const i=this.constructor;if(o===!1&&(s=this[e]),r??=i.getPropertyOptions(e),!((r.hasChanged??ie)(s,t)||r.useDefault&&r.reflect&&s===this._$Ej?.get(e)&&!this.hasAttribute(i._$Eu(e,r))))return;this.C(e,t,r)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:r,reflect:o,wrapped:s},i){r&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,i??t??this[e]),s!==!0||i!==void 0)||(this._$AL.has(e)||(this.hasUpdated||r||(t=void 0),this._$AL.set(e,t)),o===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}const e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[o,s]of this._$Ep)this[o]=s;this._$Ep=void 0}const r=this.constructor.elementProperties;if(r.size>0)for(const[o,s]of r){const{wrapped:i}=s,a=this[o];i!==!0||this._$AL.has(o)||a===void 0||this.C(o,void 0,s,a)}}let e=!1;const t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(r=>r.hostUpdate?.()),this.update(t)):this._$EM()}catch(r){throw e=!1,this._$EM(),r}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};S.elementStyles=[],S.shadowRootOptions={mode:"open"},S[N("elementProperties")]=new Map,S[N("finalized")]=new Map,Xe?.({ReactiveElement:S}),(J.reactiveElementVersions??=[]).push("2.1.2");const ae=globalThis,me=n=>n,B=ae.trustedTypes,be=B?B.createPolicy("lit-html",{createHTML:n=>n}):void 0,Ce="$lit$",$=`lit$${Math.random().toFixed(9).slice(2)}$`,Pe="?"+$,Qe=`<${Pe}>`,A=document,U=()=>A.createComment(""),D=n=>n===null||typeof n!="object"&&typeof n!="function",le=Array.isArray,et=n=>le(n)||typeof n?.[Symbol.iterator]=="function",K=`[ 	
\f\r]`,T=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,_e=/-->/g,ge=/>/g,v=RegExp(`>|${K}(?:([^\\s"'>=/]+)(${K}*=${K}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ye=/'/g,$e=/"/g,Te=/^(?:script|style|textarea|title)$/i,Ne=n=>(e,...t)=>({_$litType$:n,strings:e,values:t}),j=Ne(1),Ft=Ne(2),x=Symbol.for("lit-noChange"),f=Symbol.for("lit-nothing"),ve=new WeakMap,k=A.createTreeWalker(A,129);function Ue(n,e){if(!le(n)||!n.hasOwnProperty("raw"))throw Error("invalid template strings array");return be!==void 0?be.createHTML(e):e}const tt=(n,e)=>{const t=n.length-1,r=[];let o,s=e===2?"<svg>":e===3?"<math>":"",i=T;for(let a=0;a<t;a++){const l=n[a];let h,d,c=-1,p=0;for(;p<l.length&&(i.lastIndex=p,d=i.exec(l),d!==null);)p=i.lastIndex,i===T?d[1]==="!--"?i=_e:d[1]!==void 0?i=ge:d[2]!==void 0?(Te.test(d[2])&&(o=RegExp("</"+d[2],"g")),i=v):d[3]!==void 0&&(i=v):i===v?d[0]===">"?(i=o??T,c=-1):d[1]===void 0?c=-2:(c=i.lastIndex-d[2].length,h=d[1],i=d[3]===void 0?v:d[3]==='"'?$e:ye):i===$e||i===ye?i=v:i===_e||i===ge?i=T:(i=v,o=void 0);const m=i===v&&n[a+1].startsWith("/>")?" ":"";s+=i===T?l+Qe:c>=0?(r.push(h),l.slice(0,c)+Ce+l.slice(c)+$+m):l+$+(c===-2?a:m)}return[Ue(n,s+(n[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),r]};class O{constructor({strings:e,_$litType$:t},r){let o;this.parts=[];let s=0,i=0;const a=e.length-1,l=this.parts,[h,d]=tt(e,t);if(this.el=O.createElement(h,r),k.currentNode=this.el.content,t===2||t===3){const c=this.el.content.firstChild;c.replaceWith(...c.childNodes)}for(;(o=k.nextNode())!==null&&l.length<a;){if(o.nodeType===1){if(o.hasAttributes())for(const c of o.getAttributeNames())if(c.endsWith(Ce)){const p=d[i++],m=o.getAttribute(c).split($),_=/([.?@])?(.*)/.exec(p);l.push({type:1,index:s,name:_[2],strings:m,ctor:_[1]==="."?rt:_[1]==="?"?ot:_[1]==="@"?st:V}),o.removeAttribute(c)}else c.startsWith($)&&(l.push({type:6,index:s}),o.removeAttribute(c));if(Te.test(o.tagName)){const c=o.textContent.split($),p=c.length-1;if(p>0){o.textContent=B?B.emptyScript:"";for(let m=0;m<p;m++)o.append(c[m],U()),k.nextNode(),l.push({type:2,index:++s});o.append(c[p],U())}}}else if(o.nodeType===8)if(o.data===Pe)l.push({type:2,index:s});else{let c=-1;for(;(c=o.data.indexOf($,c+1))!==-1;)l.push({type:7,index:s}),c+=$.length-1}s++}}static createElement(e,t){const r=A.createElement("template");return r.innerHTML=e,r}}function E(n,e,t=n,r){if(e===x)return e;let o=r!==void 0?t._$Co?.[r]:t._$Cl;const s=D(e)?void 0:e._$litDirective$;return o?.constructor!==s&&(o?._$AO?.(!1),s===void 0?o=void 0:(o=new s(n),o._$AT(n,t,r)),r!==void 0?(t._$Co??=[])[r]=o:t._$Cl=o),o!==void 0&&(e=E(n,o._$AS(n,e.values),o,r)),e}class nt{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){const{el:{content:t},parts:r}=this._$AD,o=(e?.creationScope??A).importNode(t,!0);k.currentNode=o;let s=k.nextNode(),i=0,a=0,l=r[0];for(;l!==void 0;){if(i===l.index){let h;l.type===2?h=new P(s,s.nextSibling,this,e):l.type===1?h=new l.ctor(s,l.name,l.strings,this,e):l.type===6&&(h=new it(s,this,e)),this._$AV.push(h),l=r[++a]}i!==l?.index&&(s=k.nextNode(),i++)}return k.currentNode=A,o}p(e){let t=0;for(const r of this._$AV)r!==void 0&&(r.strings!==void 0?(r._$AI(e,r,t),t+=r.strings.length-2):r._$AI(e[t])),t++}}class P{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,r,o){this.type=2,this._$AH=f,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=r,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode;const t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=E(this,e,t),D(e)?e===f||e==null||e===""?(this._$AH!==f&&this._$AR(),this._$AH=f):e!==this._$AH&&e!==x&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):et(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==f&&D(this._$AH)?this._$AA.nextSibling.data=e:this.T(A.createTextNode(e)),this._$AH=e}$(e){const{values:t,_$litType$:r}=e,o=typeof r=="number"?this._$AC(e):(r.el===void 0&&(r.el=O.createElement(Ue(r.h,r.h[0]),this.options)),r);if(this._$AH?._$AD===o)this._$AH.p(t);else{const s=new nt(o,this),i=s.u(this.options);s.p(t),this.T(i),this._$AH=s}}_$AC(e){let t=ve.get(e.strings);return t===void 0&&ve.set(e.strings,t=new O(e)),t}k(e){le(this._$AH)||(this._$AH=[],this._$AR());const t=this._$AH;let r,o=0;for(const s of e)o===t.length?t.push(r=new P(this.O(U()),this.O(U()),this,this.options)):r=t[o],r._$AI(s),o++;o<t.length&&(this._$AR(r&&r._$AB.nextSibling,o),t.length=o)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){const r=me(e).nextSibling;me(e).remove(),e=r}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}}class V{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,r,o,s){this.type=1,this._$AH=f,this._$AN=void 0,this.element=e,this.name=t,this._$AM=o,this.options=s,r.length>2||r[0]!==""||r[1]!==""?(this._$AH=Array(r.length-1).fill(new String),this.strings=r):this._$AH=f}_$AI(e,t=this,r,o){const s=this.strings;let i=!1;if(s===void 0)e=E(this,e,t,0),i=!D(e)||e!==this._$AH&&e!==x,i&&(this._$AH=e);else{const a=e;let l,h;for(e=s[0],l=0;l<s.length-1;l++)h=E(this,a[r+l],t,l),h===x&&(h=this._$AH[l]),i||=!D(h)||h!==this._$AH[l],h===f?e=f:e!==f&&(e+=(h??"")+s[l+1]),this._$AH[l]=h}i&&!o&&this.j(e)}j(e){e===f?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}}class rt extends V{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===f?void 0:e}}class ot extends V{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==f)}}class st extends V{constructor(e,t,r,o,s){super(e,t,r,o,s),this.type=5}_$AI(e,t=this){if((e=E(this,e,t,0)??f)===x)return;const r=this._$AH,o=e===f&&r!==f||e.capture!==r.capture||e.once!==r.once||e.passive!==r.passive,s=e!==f&&(r===f||o);o&&this.element.removeEventListener(this.name,this,r),s&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}}class it{constructor(e,t,r){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=r}get _$AU(){return this._$AM._$AU}_$AI(e){E(this,e)}}const It={I:P},at=ae.litHtmlPolyfillSupport;at?.(O,P),(ae.litHtmlVersions??=[]).push("3.3.3");const lt=(n,e,t)=>{const r=t?.renderBefore??e;let o=r._$litPart$;if(o===void 0){const s=t?.renderBefore??null;r._$litPart$=o=new P(e.insertBefore(U(),s),s,void 0,t??{})}return o._$AI(n),o};const ce=globalThis;let I=class extends S{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){const e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){const t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=lt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return x}};I._$litElement$=!0,I.finalized=!0,ce.litElementHydrateSupport?.({LitElement:I});const ct=ce.litElementPolyfillSupport;ct?.({LitElement:I});(ce.litElementVersions??=[]).push("4.2.2");const dt={attribute:!0,type:String,converter:H,reflect:!1,hasChanged:ie},ut=(n=dt,e,t)=>{const{kind:r,metadata:o}=t;let s=globalThis.litPropertyMetadata.get(o);if(s===void 0&&globalThis.litPropertyMetadata.set(o,s=new Map),r==="setter"&&((n=Object.create(n)).wrapped=!0),s.set(t.name,n),r==="accessor"){const{name:i}=t;return{set(a){const l=e.get.call(this);e.set.call(this,a),this.requestUpdate(i,l,n,!0,a)},init(a){return a!==void 0&&this.C(i,void 0,n,a),a}}}if(r==="setter"){const{name:i}=t;return function(a){const l=this[i];e.call(this,a),this.requestUpdate(i,l,n,!0,a)}}throw Error("Unsupported decorator location: "+r)};function ht(n){return(e,t)=>typeof t=="object"?ut(n,e,t):((r,o,s)=>{const i=o.hasOwnProperty(s);return o.constructor.createProperty(s,r),i?Object.getOwnPropertyDescriptor(o,s):void 0})(n,e,t)}function Bt(n){return ht({...n,state:!0,attribute:!1})}const pt=(function(){const e=typeof document<"u"&&document.createElement("link").relList;return e&&e.supports&&e.supports("modulepreload")?"modulepreload":"preload"})(),ft=function(n,e){return new URL(n,e).href},we={},w=function(e,t,r){let o=Promise.resolve();if(t&&t.length>0){let h=function(d){return Promise.all(d.map(c=>Promise.resolve(c).then(p=>({status:"fulfilled",value:p}),p=>({status:"rejected",reason:p}))))};const i=document.getElementsByTagName("link"),a=document.querySelector("meta[property=csp-nonce]"),l=a?.nonce||a?.getAttribute("nonce");o=h(t.map(d=>{if(d=ft(d,r),d in we)return;we[d]=!0;const c=d.endsWith(".css"),p=c?'[rel="stylesheet"]':"";if(r)for(let _=i.length-1;_>=0;_--){const M=i[_];if(M.href===d&&(!c||M.rel==="stylesheet"))return}else if(document.querySelector(`link[href="${d}"]${p}`))return;const m=document.createElement("link");if(m.rel=c?"stylesheet":pt,c||(m.as="script"),m.crossOrigin="",m.href=d,l&&m.setAttribute("nonce",l),document.head.appendChild(m),c)return new Promise((_,M)=>{m.addEventListener("load",_),m.addEventListener("error",()=>M(new Error(`Unable to preload CSS for ${d}`)))})}))}function s(i){const a=new Event("vite:preloadError",{cancelable:!0});if(a.payload=i,window.dispatchEvent(a),!a.defaultPrevented)throw i}return o.then(i=>{for(const a of i||[])a.status==="rejected"&&s(a.reason);return e().catch(s)})},R={"panel.title":"Print Log","panel.open_sidebar":"Open the sidebar","panel.views":"Views","panel.jobs":"Jobs","panel.analytics":"Analytics","panel.printers_error":"Could not load the printers: {error}","common.retry":"Retry","common.refresh":"Refresh","common.loading":"Loading…","common.cancel":"Cancel","common.save":"Save","common.edit":"Edit","common.delete":"Delete","common.close":"Close","common.printer":"Printer","common.printers":"Printers","common.all_printers":"All printers","common.no_data":"No data for this selection","common.unknown":"Unknown","common.unknown_error":"Unknown error","common.other_n":"Other ({n})","common.n_jobs":{one:"{n} job",other:"{n} jobs"},"status.in_progress":"In progress","status.completed":"Completed","status.cancelled":"Cancelled","status.error":"Error","status.klippy_shutdown":"Klippy shutdown","status.klippy_disconnect":"Klippy disconnected","status.interrupted":"Interrupted","status.server_exit":"Server exit","printer.offline":"Offline","printer.standby":"Standby","printer.printing":"Printing","printer.paused":"Paused","printer.complete":"Complete","printer.cancelled":"Cancelled","printer.error":"Error","period.7d":"Last 7 days","period.30d":"Last 30 days","period.90d":"Last 90 days","period.365d":"Last 12 months","period.all":"All time","bucket.day":"Day","bucket.week":"Week","bucket.month":"Month","bucket.year":"Year","bucket_per.day":"day","bucket_per.week":"week","bucket_per.month":"month","bucket_per.year":"year","bucket_many.day":"days","bucket_many.week":"weeks","bucket_many.month":"months","bucket_many.year":"years","kpi.jobs":"Jobs","kpi.jobs_sub":"{completed} completed · {failed} failed · {cancelled} cancelled","kpi.success_rate":"Success rate","kpi.printing_now":{one:"{n} printing now",other:"{n} printing now"},"kpi.print_time":"Print time","kpi.hours_per_job":"{hours} h per job","kpi.filament":"Filament","kpi.cost":"Cost","unit.seconds":"{n} s","unit.minutes":"{n} min","unit.hours":"{n} h","unit.grams":"{n} g","unit.kilograms":"{n} kg","unit.metres":"{n} m","unit.range":"{from}–{to}","unit.under":"<{limit}","unit.at_least":"≥{limit}","duration.days_hours":"{d} d {h} h","duration.hours_minutes":"{h} h {min} min","live.progress_of":"Progress of {file}","live.elapsed":"{time} elapsed","live.left":"{time} left","live.no_job":"No job running","analytics.selection":"Analytics selection","analytics.period":"Period","analytics.group_by":"Group by","analytics.load_error":"Some figures could not be loaded: {error}","analytics.bucket_note":"Shown per {shown}: the jobs span more than 10,000 {bucket} (some have dates far in the past or future).","analytics.jobs_per.day":"Jobs per day","analytics.jobs_per.week":"Jobs per week","analytics.jobs_per.month":"Jobs per month","analytics.jobs_per.year":"Jobs per year","analytics.hours_per.day":"Print hours per day","analytics.hours_per.week":"Print hours per week","analytics.hours_per.month":"Print hours per month","analytics.hours_per.year":"Print hours per year","analytics.unit_jobs":"Jobs","analytics.unit_hours":"Hours","analytics.filament_type":"Filament by type","analytics.filament_type_label":"Filament used by type","analytics.filament_colour":"Filament by colour","analytics.filament_colour_label":"Filament used by colour","analytics.by_spool":"Filament by spool","analytics.by_vendor":"Filament by vendor","analytics.by_material":"Filament by material","analytics.spool_totals":"{grams} from Spoolman spools, costing {cost}","spools.title":"Spools","spools.spool":"Spool","spools.material":"Material","spools.length":"Length","spools.weight":"Weight","spools.filament_cost":"Filament cost from the spools' prices","spools.filter":"Spool","spools.any":"Any spool","spools.vendors":"Vendors","analytics.success_printer":"Success rate per printer","analytics.outcome":"Jobs by outcome","analytics.duration":"Print duration","analytics.duration_label":"Ended jobs by print duration","analytics.heatmap":"When prints start","chart.period":"Period","chart.range":"Range","chart.total":"Total: {total} {unit}","heatmap.label":"Jobs by weekday and hour","heatmap.cell":{one:"{day} {from}–{to}: {count} job",other:"{day} {from}–{to}: {count} jobs"},"rating.rating":"Rating","rating.rated":"Rated {n} of 5","rating.none":"Not rated","rating.of":"Rating of {subject}","rating.stars":{one:"{count} star",other:"{count} stars"},"filter.all_statuses":"All statuses","filter.failed_any":"Failed (any)","column.file":"File","column.status":"Status","column.started":"Started","column.tags":"Tags","column.notes":"Notes","jobs.key_figures":"Key figures","jobs.load_error":"Could not load the jobs: {error}","jobs.loading":"Loading jobs","jobs.search":"Search file names","jobs.filters":"Filters","jobs.filters_n":"Filters ({n})","jobs.delete_n":"Delete {n}","jobs.add":"Add job","jobs.from":"From","jobs.to":"To","jobs.filament_type":"Filament type","jobs.tags_filter":"Tags (any of, comma separated)","jobs.clear_filters":"Clear filters","jobs.print_jobs":"Print jobs","jobs.select_all":"Select all jobs on this page","jobs.select":"Select {file}","jobs.edit":"Edit {file}","jobs.delete":"Delete {file}","jobs.actions":"Actions","jobs.no_match":"No jobs match these filters","jobs.pages":"Pages","jobs.rows_per_page":"Rows per page","jobs.range":"{first}–{last} of {total}","jobs.previous_page":"Previous page","jobs.next_page":"Next page","jobs.saved":"Saved {file}","jobs.save_error":"Could not save: {error}","jobs.deleted":{one:"Deleted {count} job",other:"Deleted {count} jobs"},"jobs.added":"Added {file}","jobs.delete_heading":{one:"Delete this job?",other:"Delete {count} jobs?"},"jobs.delete_text":{one:"This removes the job record from the print log. It cannot be undone.",other:"This removes the job records from the print log. It cannot be undone."},"jobs.and_more":"and {n} more","jobs.details":"Job details","jobs.add_heading":"Add a job","detail.thumbnail_of":"Thumbnail of {file}","detail.thumbnail_unavailable":"Thumbnail unavailable","detail.no_thumbnail":"No thumbnail","detail.job_id":"Job id","detail.copy_id":"Copy the job id","detail.copy_id_title":"Copy the job id (for actions such as update_job)","detail.copy":"Copy","detail.copied":"Copied","detail.ended":"Ended","detail.estimated":"estimated {time}","detail.total_time":"Total time","detail.pauses":"Pauses","detail.notes_rating":"Notes and rating","detail.failure_reason":"Failure reason","detail.slicer":"Slicer settings","detail.no_slicer":"No slicer settings known","detail.timeline":"Timeline","detail.no_events":"No events recorded","detail.metadata":"Moonraker metadata","detail.fields":{one:"{count} field",other:"{count} fields"},"detail.no_metadata":"No metadata","event.started":"Started","event.paused":"Paused","event.resumed":"Resumed","event.finished":"Finished","event.cancelled":"Cancelled","event.error":"Error","event.disconnected":"Disconnected","event.reconnected":"Reconnected","source.live":"Recorded live","source.import":"Imported from Moonraker's history","source.manual":"Added by hand","form.filename":"File name","form.start":"Start","form.start_date":"Start date","form.start_time":"Start time","config.invalid":"Invalid configuration","config.text":"{option} must be text","config.boolean":"{option} must be true or false","config.whole_number":"{option} must be a whole number from {min} to {max}","config.one_of":"{option} must be one of {values}","form.hours_symbol":"h","form.minutes_symbol":"min","form.hours":"Hours","form.minutes":"Minutes","form.filament_g":"Filament (g)","form.filament_m":"Filament (m)","form.tags":"Tags (separated by commas)","form.failure_reason_failed":"Failure reason (failed jobs)","form.choose_printer":"Choose a printer","form.enter_filename":"Enter the file name","form.choose_status":"Choose how the print ended","form.enter_start":"Enter the start date and time","form.start_future":"The start is in the future: a job is recorded once it ended","form.start_before":"The start must not be before {date}","form.positive":"{field} must be a positive number","form.range":"{field} must be from {min} to {max}","form.filament_weight":"Filament weight","form.filament_length":"Filament length","form.filament_length_mm":"Filament length (mm)","form.print_time_s":"The print time (s)","form.tag_length":{one:"Each tag must be at most {count} character",other:"Each tag must be at most {count} characters"},"card.description":"Current 3D print jobs, recent jobs and key figures from the print log.","card.stub_title":"3D printing","card.success":"Success","card.no_printers":"No printers","card.current_jobs":"Current jobs","card.recent_jobs":"Recent jobs","card.no_jobs":"No jobs yet","card.key_figures_of":"Key figures, {period}","card.title":"Title","card.show_current":"Show the current jobs","card.show_recent":"Show recent jobs","card.recent_count":"Number of recent jobs","card.show_stats":"Show key figures","card.stats_period":"Period of the key figures","panel.maintenance":"Maintenance","maintenance.left_hours":"{left} of {of} h left","maintenance.left_filament_kg":"{left} of {of} kg left","maintenance.left_jobs":"{left} of {of} jobs left","maintenance.left_days":"{left} of {of} days left","maintenance.delete_confirm":"Delete “{name}”? A task with a log is archived and its log kept.","maintenance.fix_fields":"Please correct the marked fields.","maintenance.field.name":"Task","maintenance.field.interval_hours":"Every … print hours","maintenance.field.interval_filament_kg":"Every … kg of filament","maintenance.field.interval_jobs":"Every … jobs","maintenance.field.interval_days":"Every … days","maintenance.field.cost":"Cost","maintenance.field.notes":"Notes","maintenance.edit_task":"Edit task","maintenance.add_task":"Add task","maintenance.status.ok":"OK","maintenance.status.soon":"Nearly due","maintenance.status.due":"Due","maintenance.progress_of":"How close {name} is to due","maintenance.last_done":"Last done: {when}","maintenance.failure_rate":"Failure rate since: {since} (before: {before})","maintenance.log_done":"Log as done","maintenance.done":"Done","maintenance.total_cost":"Maintenance cost: {cost}","maintenance.no_tasks":"No maintenance tasks for this printer.","maintenance.log":"Maintenance log","maintenance.no_log":"Nothing logged yet.","maintenance.when":"When","maintenance.by":"By","maintenance.counters":"Printer counters","maintenance.counters_value":"{hours} h · {jobs} jobs","photos.title":"Photos","photos.none":"No photos yet","photos.open":"Open the photo","photos.add":"Add a photo","photos.uploading":"Uploading…","photos.upload_failed":"The photo was not added: {error}","photos.close":"Close","photos.kind.first_layer":"First layer","photos.kind.pause":"Paused","photos.kind.end":"End","photos.kind.upload":"Added by hand","climate.title":"Enclosure climate","climate.paused":"Paused","climate.stats":"min {min} · mean {mean} · max {max} {unit}","climate.missing":"no reading for {time}","failure.spaghetti":"Spaghetti","failure.bed_adhesion":"Bed adhesion","failure.clog":"Clogged nozzle","failure.layer_shift":"Layer shift","failure.filament_runout":"Filament ran out","failure.cancelled_on_purpose":"Cancelled on purpose","failure.other":"Other","failure.unknown":"No reason given","failure.other_text":"What happened","analytics.failure_reason":"Why jobs failed"},ke=["en","de","fr","es","it","nl","pl","pt-BR"],mt={de:()=>w(()=>import("./i18n-de-BflpXPYs.js"),[],import.meta.url),fr:()=>w(()=>import("./i18n-fr-hT502khM.js"),[],import.meta.url),es:()=>w(()=>import("./i18n-es-BM-qvKKp.js"),[],import.meta.url),it:()=>w(()=>import("./i18n-it-Wc7JUyE2.js"),[],import.meta.url),nl:()=>w(()=>import("./i18n-nl-BNVCMNdf.js"),[],import.meta.url),pl:()=>w(()=>import("./i18n-pl-CxxvwMdH.js"),[],import.meta.url),"pt-BR":()=>w(()=>import("./i18n-pt-BR-DD60Ct9Z.js"),[],import.meta.url)};function q(n){if(!n)return"en";const e=n.toLowerCase().replace(/_/g,"-"),t=ke.find(o=>o.toLowerCase()===e);if(t)return t;const r=e.split("-")[0];return r==="pt"?"pt-BR":ke.find(o=>o===r)??"en"}let z="en",De=R,de=new Intl.PluralRules("en"),Y="en";const G=new Map([["en",R]]);function zt(){return z}async function Oe(n){const e=G.get(n);if(e)return e;const t=await mt[n]();return G.set(n,t.default),t.default}async function Wt(n,e){const t=q(n);let r=R,o="en";try{r=await Oe(t),o=t}catch(s){console.warn(`print_logger: texts in ${t} unavailable, English shown:`,s)}return z=o,De=r,de=new Intl.PluralRules(o),Y=e??o,o}const Ae=new Map;function bt(n){if(typeof n!="number")return n;const e=Y??"";let t=Ae.get(e);return t||(t=new Intl.NumberFormat(Y,{maximumFractionDigits:2}),Ae.set(e,t)),t.format(n)}function X(n,e,t=de){return typeof n=="string"?n:e===void 0?n.other:n[t.select(e)]??n.other}function u(n,e){return Re(De,de,n,e)}function Jt(n,e,t){const r=n?q(n):z,o=G.get(r);return!o||r===z?u(e,t):Re(o,new Intl.PluralRules(r),e,t)}function Re(n,e,t,r){const o=n[t]??R[t];if(o===void 0)return t;const s=typeof r?.count=="number"?r.count:void 0,i=X(o,s,e);return r?i.replace(/\{(\w+)\}/g,(a,l)=>r[l]===void 0?a:bt(r[l])):i}async function Vt(n,e){try{return X((await Oe(q(n)))[e],void 0)}catch{return X(R[e],void 0)}}const _t=["monday","tuesday","wednesday","thursday","friday","saturday","sunday"];function gt(n){try{const e=new Intl.Locale(n??"en"),t=e.getWeekInfo?.()??e.weekInfo;if(t&&t.firstDay>=1&&t.firstDay<=7)return t.firstDay-1}catch{}return 0}function qt(n){const e=n?.locale?.language||n?.language||void 0;let t=e;switch(n?.locale?.number_format){case"comma_decimal":t="en-US";break;case"decimal_comma":t="de-DE";break;case"space_comma":t="fr-FR";break;case"system":t=void 0;break}const r=n?.locale?.time_format,o=r==="12"?!0:r==="24"?!1:void 0,s=n?.locale?.time_zone==="server"&&n.config?.time_zone?n.config.time_zone:void 0,i=_t.indexOf(n?.locale?.first_weekday??""),a=i>=0?i:gt(e);return{numberLocale:t,dateLocale:e,timeZone:s,hour12:o,currency:n?.config?.currency,language:q(e),firstWeekday:a}}const je=new Map,xe=new Map;function Me(n,e){const t=JSON.stringify([n??null,e]);let r=je.get(t);return r||(r=new Intl.NumberFormat(n,e),je.set(t,r)),r}function Q(n,e){const t=JSON.stringify([n??null,e]);let r=xe.get(t);return r||(r=new Intl.DateTimeFormat(n,e),xe.set(t,r)),r}function b(n,e,t=0){return n==null||!Number.isFinite(n)?"—":Me(e.numberLocale,{maximumFractionDigits:t,minimumFractionDigits:0}).format(n)}function yt(n,e){return n==null||!Number.isFinite(n)?"—":`${b(n,e,1)} %`}function W(n,e){if(n==null||!Number.isFinite(n))return"—";if(e.currency)try{return Me(e.numberLocale,{style:"currency",currency:e.currency}).format(n)}catch{}return b(n,e,2)}function ee(n,e){return u(`unit.${e}`,{n})}function C(n,e,t,r=0){return n==null||!Number.isFinite(n)?"—":ee(b(n,t,r),e)}function Zt(n){if(n==null||!Number.isFinite(n)||n<0)return"—";const e=Math.round(n);if(e<60)return ee(String(e),"seconds");const t=Math.floor(e/60);if(t<60)return ee(String(t),"minutes");const r=Math.floor(t/60),o=t%60;if(r<24)return u("duration.hours_minutes",{h:String(r),min:String(o).padStart(2,"0")});const s=Math.floor(r/24);return u("duration.days_hours",{d:String(s),h:String(r%24)})}function Z(n,e,t=1){return n>=1e3?C(n/1e3,"kilograms",e,2):C(n,"grams",e,t)}function $t(n,e,t){return n!=null&&Number.isFinite(n)&&n>0?Z(n,t):e!=null&&Number.isFinite(e)&&e>0?C(e/1e3,"metres",t,2):"—"}function Kt(n,e,t=!0,r=new Date){if(!n)return"—";const o=new Date(n);if(Number.isNaN(o.getTime()))return"—";const s=Q("en",{year:"numeric",timeZone:e.timeZone}),i=s.format(o)===s.format(r);return Q(e.dateLocale,{year:t||!i?"numeric":void 0,month:"short",day:"numeric",hour:"2-digit",minute:"2-digit",hour12:e.hour12,timeZone:e.timeZone}).format(o)}const vt={in_progress:"status.in_progress",completed:"status.completed",cancelled:"status.cancelled",error:"status.error",klippy_shutdown:"status.klippy_shutdown",klippy_disconnect:"status.klippy_disconnect",interrupted:"status.interrupted",server_exit:"status.server_exit"};function wt(n){const e=vt[n];return e?u(e):n.replace(/_/g," ")}function kt(n){return n==="completed"?"ok":n==="cancelled"?"warn":n==="in_progress"?"active":"error"}function Yt(n){return j`<span class=${`chip status-${kt(n)}`}>${wt(n)}</span>`}function te(n,e){if(!e)return-n.getTimezoneOffset()*6e4;const t=Q("en-US",{timeZone:e,hourCycle:"h23",year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",second:"2-digit"}).formatToParts(n),r=s=>Number(t.find(i=>i.type===s)?.value??0);return Date.UTC(r("year"),r("month")-1,r("day"),r("hour"),r("minute"),r("second"))-Math.floor(n.getTime()/1e3)*1e3}function At(n,e,t){const r=/^(\d{4})-(\d{2})-(\d{2})$/.exec(n.trim());if(!r)return;const o=/^(\d{2}):(\d{2})$/.exec((e??"00:00").trim());if(!o)return;const[s,i,a,l,h]=[r[1],r[2],r[3],o[1],o[2]].map(Number),d=Date.UTC(s,i-1,a,l,h),c=new Date(d);if(Number.isNaN(d)||c.getUTCMonth()!==i-1||c.getUTCDate()!==a||l>23||h>59)return;let p=d-te(new Date(d),t);return p=d-te(new Date(p),t),new Date(p).toISOString()}function jt(n,e){return new Date(n.getTime()+te(n,e)).toISOString().slice(0,10)}function ne(n){if(!n)return;const e=n.trim();return/^#?[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(e)||/^#?[0-9a-fA-F]{3}$/.test(e)?e.startsWith("#")?e:`#${e}`:void 0}function Gt(n){const e=new Set;for(const t of n.split(/[,;]/)){const r=t.trim();r&&e.add(r)}return[...e]}const xt=/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;function Le(n){return n.replace(xt,e=>`[U+${e.codePointAt(0).toString(16).toUpperCase().padStart(4,"0")}]`)}function Xt(n){return j`<bdi class="fname" dir="auto">${Le(n)}</bdi>`}const Fe=[{id:"7d",days:7},{id:"30d",days:30},{id:"90d",days:90},{id:"365d",days:365},{id:"all",days:0}];function Qt(n){return u(`period.${n}`)}function en(n){return Fe.some(e=>e.id===n)}function tn(n,e,t,r){const o={};e.length&&(o.printer_ids=[...e]);const s=Fe.find(i=>i.id===n);if(s&&s.days>0){const i=new Date(t.getTime()-(s.days-1)*864e5),a=At(jt(i,r),"00:00",r);a&&(o.since=a)}return o}function nn(n){switch(n){case"7d":case"30d":return"day";case"90d":return"week";default:return"month"}}function St(n){const e=/^(\d{4})-W(\d{2})$/.exec(n);if(e){const s=Date.UTC(Number(e[1]),0,4);return(s-(new Date(s).getUTCDay()+6)%7*864e5+(Number(e[2])-1)*7*864e5)/1e3}const t=/^(\d{4})-(\d{2})$/.exec(n);if(t)return Date.UTC(Number(t[1]),Number(t[2])-1,1)/1e3;const r=/^(\d{4})-(\d{2})-(\d{2})$/.exec(n);if(r)return Date.UTC(Number(r[1]),Number(r[2])-1,Number(r[3]))/1e3;const o=Date.parse(n);return Number.isNaN(o)?Number.NaN:o/1e3}function rn(n){const e=n.map(t=>[St(t.bucket),Number(t.value)||0]).filter(([t])=>Number.isFinite(t)).sort((t,r)=>t[0]-r[0]);return[e.map(t=>t[0]),e.map(t=>t[1])]}function on(n,e,t){const r=new Date(n*1e3);return new Intl.DateTimeFormat(t,e==="year"?{year:"numeric",timeZone:"UTC"}:e==="month"?{month:"short",year:"numeric",timeZone:"UTC"}:{month:"short",day:"numeric",timeZone:"UTC"}).format(r)}function sn(n,e){if(n.length<=e)return[...n];const t=Math.ceil(n.length/Math.max(e,1));return n.filter((r,o)=>o%t===0)}function an(n){return n==="day"?86400:n==="week"?7*86400:n==="month"?30*86400:365*86400}const Et=3600,L=n=>({n,unit:"minutes"}),g=n=>({n,unit:"hours"}),Se=n=>n.n*(n.unit==="hours"?Et:60),ln=[[void 0,L(15)],[L(15),L(30)],[L(30),g(1)],[g(1),g(2)],[g(2),g(4)],[g(4),g(8)],[g(8),g(16)],[g(16),void 0]].map(([n,e])=>({from:n,to:e,min:n?Se(n):0,max:e?Se(e)-.001:void 0}));function cn(n,e){const t=i=>C(i.n,i.unit,e),{from:r,to:o}=n;if(!r)return o?u("unit.under",{limit:t(o)}):"";if(!o)return u("unit.at_least",{limit:t(r)});const s=r.unit===o.unit?b(r.n,e):t(r);return u("unit.range",{from:s,to:t(o)})}function dn(n){const e=new Intl.DateTimeFormat(n,{weekday:"short",timeZone:"UTC"});return Array.from({length:7},(t,r)=>e.format(new Date(Date.UTC(2024,0,1+r))))}function un(n){return Array.from({length:7},(e,t)=>(n+t)%7)}function hn(n){const e=Array.from({length:7},()=>new Array(24).fill(0));for(const t of n){const r=t.key;typeof r!="number"||!Number.isInteger(r)||r<0||r>=168||(e[Math.floor(r/24)][r%24]=t.jobs)}return e}function pn(n){let e=0;for(const t of n)for(const r of t)r>e&&(e=r);return e}function fn(n,e,t){const r=[...n].sort((a,l)=>(l[e]??0)-(a[e]??0));if(r.length<=t)return r;const o=r.slice(0,t-1),s=r.slice(t-1),i={key:"__other__",label:u("common.other_n",{n:s.length}),jobs:s.reduce((a,l)=>a+l.jobs,0),hours:s.reduce((a,l)=>a+l.hours,0),filament_g:s.reduce((a,l)=>a+l.filament_g,0),success_rate:null};return[...o,i]}const y="print_logger";function Ct(n){const e={};for(const[t,r]of Object.entries(n))r==null||r===""||Array.isArray(r)&&r.length===0||(e[t]=r);return e}function mn(n){if(n&&typeof n=="object"){const e=n.errors;if(e&&typeof e=="object")return Object.fromEntries(Object.entries(e).filter(t=>typeof t[1]=="string"))}return{}}function bn(n){if(n&&typeof n=="object"){const e=n;if(typeof e.message=="string"&&e.message)return e.message;if(typeof e.error=="string"&&e.error)return e.error;if(typeof e.code=="string"&&e.code)return e.code}return typeof n=="string"?n:u("common.unknown_error")}class _n{constructor(e){this.hass=e}call(e,t={}){return this.hass.callWS({type:`${y}/${e}`,...Ct(t)})}getMaintenance(e){return this.call("maintenance/get",{printer_ids:e})}createTask(e){return this.hass.callWS({type:`${y}/maintenance/tasks/create`,...e})}updateTask(e,t){return this.hass.callWS({type:`${y}/maintenance/tasks/update`,task_id:e,...t})}deleteTask(e){return this.call("maintenance/tasks/delete",{task_id:e})}logMaintenance(e){return this.call("maintenance/log/create",e)}deleteLogEntry(e){return this.call("maintenance/log/delete",{entry_id:e})}listPrinters(){return this.call("printers/list")}listJobs(e){return this.call("jobs/list",e)}async getJob(e){return(await this.call("jobs/get",{job_id:e})).job}async createJob(e){return(await this.call("jobs/create",e)).job}async updateJob(e,t){return(await this.hass.callWS({type:`${y}/jobs/update`,job_id:e,...t})).job}async deleteJobs(e){return(await this.call("jobs/delete",{job_ids:e})).deleted}limits(){return this.call("limits")}summary(e){return this.call("analytics/summary",e)}timeseries(e,t,r){return this.call("analytics/timeseries",{...e,bucket:t,metric:r})}breakdown(e,t){return this.call("analytics/breakdown",{...e,by:t})}spoolBreakdown(e,t){return this.call("analytics/spools",{...e,by:t})}subscribe(e){return this.hass.connection.subscribeMessage(e,{type:`${y}/subscribe`})}fetch(e,t={}){if(this.hass.fetchWithAuth)return this.hass.fetchWithAuth(e,t);const r=this.hass.auth?.data?.access_token,o=this.hass.auth?.data?.hassUrl??"";return fetch(o+e,{...t,headers:{...t.headers??{},...r?{Authorization:`Bearer ${r}`}:{}}})}async thumbnail(e){const t=await this.fetch(`/api/${y}/jobs/${encodeURIComponent(e)}/thumbnail`);if(t.status===404)return null;if(!t.ok)throw new Error(`thumbnail: HTTP ${t.status}`);return t.blob()}async photo(e,t=!1){const r=t?"?size=thumb":"",o=await this.fetch(`/api/${y}/photos/${encodeURIComponent(e)}${r}`);if(o.status===404)return null;if(!o.ok)throw new Error(`photo: HTTP ${o.status}`);return o.blob()}async uploadPhoto(e,t){const r=new FormData;r.append("file",t,t instanceof File?t.name:"photo.jpg");const o=await this.fetch(`/api/${y}/jobs/${encodeURIComponent(e)}/photos`,{method:"POST",body:r}),s=await o.json().catch(()=>({}));if(!o.ok||!s.photo){const i=s.errors?Object.values(s.errors).join("; "):"";throw new Error(i||s.message||`HTTP ${o.status}`)}return s.photo}async deletePhoto(e){return(await this.call("photos/delete",{photo_id:e})).deleted}}class gn{get active(){return this.pending!==void 0}start(e,t,r){this.stop(),this.pending=e.subscribe(t).catch(o=>{r?.(o)})}stop(){const e=this.pending;this.pending=void 0,e?.then(t=>t?.()).catch(()=>{})}}function yn(n,e){customElements.get(n)||customElements.define(n,e)}function $n(n,e,t){n.dispatchEvent(new CustomEvent(e,{detail:t,bubbles:!0,composed:!0}))}function vn(n,e){return[{id:"jobs",label:u("kpi.jobs"),value:b(n.jobs,e),sub:u("kpi.jobs_sub",{completed:b(n.completed,e),failed:b(n.failed,e),cancelled:b(n.cancelled,e)})},{id:"success_rate",label:u("kpi.success_rate"),value:yt(n.success_rate,e),sub:n.in_progress?u("kpi.printing_now",{count:n.in_progress,n:b(n.in_progress,e)}):void 0},{id:"print_hours",label:u("kpi.print_time"),value:C(n.print_hours,"hours",e,1),sub:n.avg_print_hours!==null&&n.avg_print_hours!==void 0?u("kpi.hours_per_job",{hours:b(n.avg_print_hours,e,2)}):void 0},{id:"filament",label:u("kpi.filament"),value:$t(n.filament_g,n.filament_mm,e),sub:n.filament_mm?C(n.filament_mm/1e3,"metres",e,1):void 0},{id:"cost",label:u("kpi.cost"),value:W(n.cost,e)}]}function wn(n){const e=n.current_job;return e?e.estimated_time&&e.estimated_time>0?Math.max(e.estimated_time-e.print_duration,0):e.progress>.01&&e.print_duration>0?e.print_duration*(1/e.progress-1):null:null}const Pt=["standby","printing","paused","complete","cancelled","error"];function kn(n){if(!n.online)return u("printer.offline");const e=n.print_state||"standby",t=`printer.${e}`;return Pt.includes(e)?u(t):e.charAt(0).toUpperCase()+e.slice(1).replace(/_/g," ")}function An(n,e){if(e.type==="printer")return n.some(r=>r.id===e.printer.id)?n.map(r=>r.id===e.printer.id?e.printer:r):[...n,e.printer];if(e.type==="job_changed"){const t=e.job;return n.map(r=>r.id!==t.printer_id?r:t.status==="in_progress"?{...r,current_job:t}:r.current_job?.id===t.id?{...r,current_job:null}:r)}return n}const Tt={ATTRIBUTE:1,CHILD:2},Nt=n=>(...e)=>({_$litDirective$:n,values:e});let Ut=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,r){this._$Ct=e,this._$AM=t,this._$Ci=r}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const Ie="important",Dt=" !"+Ie,Ot=Nt(class extends Ut{constructor(n){if(super(n),n.type!==Tt.ATTRIBUTE||n.name!=="style"||n.strings?.length>2)throw Error("The `styleMap` directive must be used in the `style` attribute and must be the only part in the attribute.")}render(n){return Object.keys(n).reduce((e,t)=>{const r=n[t];return r==null?e:e+`${t=t.includes("-")?t:t.replace(/(?:^(webkit|moz|ms|o)|)(?=[A-Z])/g,"-$&").toLowerCase()}:${r};`},"")}update(n,[e]){const{style:t}=n.element;if(this.ft===void 0)return this.ft=new Set(Object.keys(e)),this.render(e);for(const r of this.ft)e[r]==null&&(this.ft.delete(r),r.includes("-")?t.removeProperty(r):t[r]=null);for(const r in e){const o=e[r];if(o!=null){this.ft.add(r);const s=typeof o=="string"&&o.endsWith(Dt);r.includes("-")||s?t.setProperty(r,s?o.slice(0,-11):o,s?Ie:""):t[r]=o}}return x}});function xn(n){return Math.round(n.progress*100)}function Sn(n){return Rt(n.progress,u("live.progress_of",{file:Le(n.filename)}))}function Rt(n,e,t){const r=Math.min(Math.max(n,0),1);return j`<div
    class="progress ${t??""}"
    role="progressbar"
    aria-label=${e}
    aria-valuemin="0"
    aria-valuemax="100"
    aria-valuenow=${Math.round(r*100)}
  >
    <div style=${Ot({width:`${Math.round(r*1e3)/10}%`})}></div>
  </div>`}const En=se`
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
  .progress.warn > div {
    background: var(--pl-warn, #ffa600);
  }
  .progress.error > div {
    background: var(--pl-error, #db4437);
  }
`;function He(n){const e=[n.vendor,n.filament_name].filter(Boolean).join(" ");return e?`#${n.spool_id} ${e}`:`#${n.spool_id}`}function Be(n){const e=(n.multi_color_hexes??"").split(",").map(t=>ne(t)).filter(t=>!!t);if(e.length>1){const t=100/e.length;return`linear-gradient(90deg, ${e.map((r,o)=>`${r} ${o*t}% ${(o+1)*t}%`).join(", ")})`}return ne(n.color_hex)}function Cn(n,e){return n?.length?j`<span class="spools" data-spools=${n.map(t=>t.spool_id).join(",")}>
    ${n.map(t=>{const r=Be(t),o=t.weight_g!==void 0?Z(t.weight_g,e,1):"",s=[He(t),t.material,o].filter(Boolean).join(" · ");return j`<span class="spool-chip" title=${s} aria-label=${s}>
        <span class="spool-dot" style=${r?`background:${r}`:""}></span>${t.filament_name??`#${t.spool_id}`}
      </span>`})}
  </span>`:f}function Pn(n,e,t){return j`<table class="spool-table">
    <thead>
      <tr>
        <th>${u("spools.spool")}</th>
        <th>${u("spools.material")}</th>
        <th class="num">${u("spools.length")}</th>
        <th class="num">${u("spools.weight")}</th>
        <th class="num">${u("kpi.cost")}</th>
      </tr>
    </thead>
    <tbody>
      ${n.map(r=>{const o=Be(r);return j`<tr data-spool-id=${r.spool_id}>
          <td><span class="spool-dot" style=${o?`background:${o}`:""}></span> ${He(r)}</td>
          <td>${r.material??"—"}</td>
          <td class="num">${b(r.length_mm/1e3,t,2)} m</td>
          <td class="num">${r.weight_g!==void 0?Z(r.weight_g,t,1):"—"}</td>
          <td class="num">${W(r.cost??null,t)}</td>
        </tr>`})}
    </tbody>
    <tfoot>
      <tr>
        <td colspan="4">${u("spools.filament_cost")}</td>
        <td class="num">${W(e,t)}</td>
      </tr>
    </tfoot>
  </table>`}function Tn(n,e,t){return n.map(r=>{const o={key:r.key===null?"":String(r.key),label:r.key===null?u("common.unknown"):r.label,value:r.filament_g,display:Z(r.filament_g,e,0),note:[u("common.n_jobs",{count:r.jobs,n:b(r.jobs,e)}),r.cost!==null?W(r.cost,e):""].filter(Boolean).join(" · ")},s=t?ne(r.color_hex):void 0;return s&&(o.colour=s),o})}const Nn=se`
  .spools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 4px;
    margin-top: 2px;
    white-space: normal;
  }
  .spool-chip {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    padding: 1px 8px 1px 3px;
    border-radius: 12px;
    border: 1px solid var(--divider-color, #ddd);
    font-size: 0.85em;
    white-space: nowrap;
  }
  .spool-dot {
    display: inline-block;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    border: 1px solid var(--divider-color, #999);
    background: var(--disabled-text-color, #bbb);
    vertical-align: middle;
  }
  .spool-table {
    border-collapse: collapse;
    width: 100%;
  }
  .spool-table th,
  .spool-table td {
    padding: 4px 8px;
    text-align: start;
    border-bottom: 1px solid var(--divider-color, #ddd);
  }
  .spool-table .num {
    text-align: end;
  }
`,Un=se`
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
`;export{ln as $,f as A,Qt as B,vn as C,ht as D,Bt as E,$n as F,yn as G,ne as H,Wt as I,Vt as J,It as K,gn as L,Nt as M,Ut as N,yt as O,Fe as P,b as Q,C as R,Ot as S,ze as T,on as U,sn as V,an as W,pn as X,dn as Y,un as Z,hn as _,I as a,cn as a0,nn as a1,fn as a2,W as a3,Tn as a4,wt as a5,rn as a6,mn as a7,At as a8,Gt as a9,Tt as aa,x as ab,Cn as ac,Ft as ad,Pn as ae,jt as af,Rt as ag,u as b,Un as c,se as d,zt as e,qt as f,_n as g,tn as h,en as i,bn as j,An as k,Jt as l,j as m,kn as n,Le as o,En as p,Xt as q,wn as r,Nn as s,xn as t,Sn as u,Zt as v,Z as w,Yt as x,Kt as y,$t as z};
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
